// GET /api/appointments — every appointment of the clinic, by date then time; no role filtering.
import { respond } from "../../core/typed-reply.ts";
import { appointmentsOf, withoutClinic } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const listAppointments = defineHandler("listAppointments", (call) => {
  const { organizationId } = clinicCaller(call);
  return respond(call, 200, appointmentsOf(call.ctx, organizationId).map(withoutClinic));
});
