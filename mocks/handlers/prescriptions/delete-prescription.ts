// DELETE /api/prescriptions/{id} — removes a prescription of the clinic (never pharmacy, D1).
import { respondEmpty } from "../../core/typed-reply.ts";
import { removePrescription, requirePrescription } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const deletePrescription = defineHandler("deletePrescription", (call) => {
  const { organizationId } = clinicCaller(call);
  removePrescription(call.ctx, requirePrescription(call.ctx, organizationId, call.params.id));
  return respondEmpty(call, 204);
});
