// The record-change notification every patient write sends, from the caller and the written patient.
import type { Call } from "../../core/call.ts";
import { notifyRecordChange } from "../../services/record-change.ts";
import type { ClinicCaller } from "../clinic-caller.ts";

/** Notifies the clinic's other members that the caller changed a patient (the operation's x-notification). */
export function announcePatientChange(call: Call, caller: ClinicCaller, patient: { fileNumber: string; name: string }, values: Record<string, string> = {}): void {
  notifyRecordChange(call.ctx, call.operation, {
    organizationId: caller.organizationId,
    actor: { id: caller.userId, name: caller.name },
    entityId: patient.fileNumber,
    values: { name: patient.name, ...values },
  });
}
