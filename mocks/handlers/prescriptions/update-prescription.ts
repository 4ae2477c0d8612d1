// PUT /api/prescriptions/{id} — replaces a prescription (pharmacy may, D1); an omitted prescribedAt
// keeps the stored date, omitted start and end dates become null.
import { isoNow } from "../../core/clock.ts";
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { requirePrescription, withoutClinic } from "../../services/clinic-records.ts";
import { prescriberName, prescriptionFieldsOf } from "../../services/prescription-input.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const updatePrescription: OperationHandler = async (call) => {
  const caller = clinicCaller(call);
  const body = parseBody<"PrescriptionInput">(call);
  const current = requirePrescription(call.ctx, caller.organizationId, call.params.id ?? "");
  const fields = prescriptionFieldsOf(body, { prescriber: prescriberName(caller.name), prescribedAt: current.prescribedAt });
  const updated = await call.ctx.store.prescriptions.update((q) => q.where({ id: current.id }), {
    data(draft) {
      Object.assign(draft, fields, { updatedAt: isoNow(call.ctx.clock) });
    },
  });
  return json(withoutClinic(updated ?? current));
};
