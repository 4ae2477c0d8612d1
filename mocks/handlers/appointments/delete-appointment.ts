// DELETE /api/appointments/{id} — removes an appointment of the clinic.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { requireAppointment } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const deleteAppointment: OperationHandler = (call) => {
  const { organizationId } = clinicCaller(call);
  const { id } = requireAppointment(call.ctx, organizationId, call.params.id ?? "");
  call.ctx.store.appointments.delete((q) => q.where({ id }));
  return json(undefined, 204);
};
