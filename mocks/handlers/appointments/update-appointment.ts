// PUT /api/appointments/{id} — replaces an appointment of the clinic; 404 for another clinic's or a non-UUID id.
import { isoNow } from "../../core/clock.ts";
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { appointmentFieldsOf } from "../../services/appointment-input.ts";
import { requireAppointment, withoutClinic } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const updateAppointment: OperationHandler = async (call) => {
  const { organizationId } = clinicCaller(call);
  const fields = appointmentFieldsOf(parseBody<"AppointmentInput">(call));
  const current = requireAppointment(call.ctx, organizationId, call.params.id ?? "");
  const updated = await call.ctx.store.appointments.update((q) => q.where({ id: current.id }), {
    data(draft) {
      Object.assign(draft, fields, { updatedAt: isoNow(call.ctx.clock) });
    },
  });
  return json(withoutClinic(updated ?? current));
};
