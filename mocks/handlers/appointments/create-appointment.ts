// POST /api/appointments — schedules an appointment; date and time are checked for shape only (D11).
import { respond } from "../../core/typed-reply.ts";
import { appointmentFieldsOf } from "../../services/appointment-input.ts";
import { insertAppointment, withoutClinic } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const createAppointment = defineHandler("createAppointment", async (call) => {
  const { organizationId } = clinicCaller(call);
  const appointment = await insertAppointment(call.ctx, organizationId, appointmentFieldsOf(call.body));
  return respond(call, 201, withoutClinic(appointment));
});
