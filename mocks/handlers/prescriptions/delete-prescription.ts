// DELETE /api/prescriptions/{id} — removes a prescription of the clinic (never pharmacy, D1).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { requirePrescription } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const deletePrescription: OperationHandler = (call) => {
  const { organizationId } = clinicCaller(call);
  const { id } = requirePrescription(call.ctx, organizationId, call.params.id ?? "");
  call.ctx.store.prescriptions.delete((q) => q.where({ id }));
  return json(undefined, 204);
};
