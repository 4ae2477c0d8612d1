// POST /api/appointments — schedules an appointment; date and time are checked for shape only (D11).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { appointmentFieldsOf } from "../../services/appointment-input.ts";
import { insertAppointment, withoutClinic } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const createAppointment: OperationHandler = async (call) => {
  const { organizationId } = clinicCaller(call);
  const appointment = await insertAppointment(call.ctx, organizationId, appointmentFieldsOf(parseBody<"AppointmentInput">(call)));
  return json(withoutClinic(appointment), 201);
};
