// DELETE /api/patients/{fileNumber} — removes the patient (owner, admin); no notification.
import { respondEmpty } from "../../core/typed-reply.ts";
import { removePatient, requirePatient } from "../../services/patients.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const deletePatient = defineHandler("deletePatient", (call) => {
  const { organizationId } = clinicCaller(call);
  const patient = requirePatient(call.ctx, organizationId, call.params.fileNumber);
  removePatient(call.ctx, patient);
  return respondEmpty(call, 204);
});
