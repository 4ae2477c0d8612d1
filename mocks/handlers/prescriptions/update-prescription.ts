// PUT /api/prescriptions/{id} — replaces a prescription (pharmacy may, D1); an omitted prescribedAt
// keeps the stored date, omitted start and end dates become null.
import { respond } from "../../core/typed-reply.ts";
import { replacePrescription, requirePrescription, withoutClinic } from "../../services/clinic-records.ts";
import { prescriberName, prescriptionFieldsOf } from "../../services/prescription-input.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const updatePrescription = defineHandler("updatePrescription", async (call) => {
  const caller = clinicCaller(call);
  const current = requirePrescription(call.ctx, caller.organizationId, call.params.id);
  const fields = prescriptionFieldsOf(call.body, { prescriber: prescriberName(caller.name), prescribedAt: current.prescribedAt });
  return respond(call, 200, withoutClinic(await replacePrescription(call.ctx, current, fields)));
});
