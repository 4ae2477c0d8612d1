// POST /api/appointments — schedules an appointment; date and time are checked for shape only (D11).
import { isoNow } from "../../core/clock.ts";
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { appointmentFieldsOf } from "../../services/appointment-input.ts";
import { withoutClinic } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const createAppointment: OperationHandler = async (call) => {
  const { organizationId } = clinicCaller(call);
  const now = isoNow(call.ctx.clock);
  const fields = appointmentFieldsOf(parseBody<"AppointmentInput">(call));
  const appointment = await call.ctx.store.appointments.create({ ...fields, id: crypto.randomUUID(), organizationId, createdAt: now, updatedAt: now });
  return json(withoutClinic(appointment), 201);
};
