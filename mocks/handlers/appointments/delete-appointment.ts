// DELETE /api/appointments/{id} — removes an appointment of the clinic.
import { respondEmpty } from "../../core/typed-reply.ts";
import { removeAppointment, requireAppointment } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const deleteAppointment = defineHandler("deleteAppointment", (call) => {
  const { organizationId } = clinicCaller(call);
  removeAppointment(call.ctx, requireAppointment(call.ctx, organizationId, call.params.id));
  return respondEmpty(call, 204);
});
