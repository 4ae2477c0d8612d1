// POST /api/prescriptions — prescribes (full clinicians only: pharmacy is refused by the rules, D1);
// the caller is the prescriber when none is named, and today the date when none is given.
import { isoNow } from "../../core/clock.ts";
import { respond } from "../../core/typed-reply.ts";
import { insertPrescription, withoutClinic } from "../../services/clinic-records.ts";
import { prescriberName, prescriptionFieldsOf } from "../../services/prescription-input.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const createPrescription = defineHandler("createPrescription", async (call) => {
  const caller = clinicCaller(call);
  const today = isoNow(call.ctx.clock).slice(0, 10);
  const fields = prescriptionFieldsOf(call.body, { prescriber: prescriberName(caller.name), prescribedAt: today });
  const prescription = await insertPrescription(call.ctx, caller.organizationId, fields);
  return respond(call, 201, withoutClinic(prescription));
});
