// DELETE /api/patients/{fileNumber} — removes the patient (owner, admin); no notification.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { removePatient, requirePatient } from "../../services/patients.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const deletePatient: OperationHandler = (call) => {
  const { organizationId } = clinicCaller(call);
  const patient = requirePatient(call.ctx, organizationId, call.params.fileNumber ?? "");
  removePatient(call.ctx, patient);
  return json(undefined, 204);
};
