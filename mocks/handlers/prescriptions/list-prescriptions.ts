// GET /api/prescriptions — the clinic's prescriptions, newest prescribedAt first, then newest created.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { withoutClinic } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const listPrescriptions: OperationHandler = (call) => {
  const { organizationId } = clinicCaller(call);
  const prescriptions = call.ctx.store.prescriptions
    .findMany((q) => q.where({ organizationId }))
    .sort((a, b) => b.prescribedAt.localeCompare(a.prescribedAt) || b.createdAt.localeCompare(a.createdAt));
  return json(prescriptions.map(withoutClinic));
};
