// GET /api/appointments — every appointment of the clinic, by date then time; no role filtering.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { withoutClinic } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const listAppointments: OperationHandler = (call) => {
  const { organizationId } = clinicCaller(call);
  const appointments = call.ctx.store.appointments
    .findMany((q) => q.where({ organizationId }))
    .sort((a, b) => (a.date === b.date ? a.time.localeCompare(b.time) : a.date.localeCompare(b.date)));
  return json(appointments.map(withoutClinic));
};
