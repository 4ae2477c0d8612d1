// PUT /api/appointments/{id} — replaces an appointment of the clinic; 404 for another clinic's or a non-UUID id.
import { respond } from "../../core/typed-reply.ts";
import { appointmentFieldsOf } from "../../services/appointment-input.ts";
import { replaceAppointment, requireAppointment, withoutClinic } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const updateAppointment = defineHandler("updateAppointment", async (call) => {
  const { organizationId } = clinicCaller(call);
  const fields = appointmentFieldsOf(call.body);
  const current = requireAppointment(call.ctx, organizationId, call.params.id);
  return respond(call, 200, withoutClinic(await replaceAppointment(call.ctx, current, fields)));
});
