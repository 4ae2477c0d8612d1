// POST /api/prescriptions — prescribes (full clinicians only: pharmacy is refused by the rules, D1);
// the caller is the prescriber when none is named, and today the date when none is given.
import { isoNow } from "../../core/clock.ts";
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { insertPrescription, withoutClinic } from "../../services/clinic-records.ts";
import { prescriberName, prescriptionFieldsOf } from "../../services/prescription-input.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const createPrescription: OperationHandler = async (call) => {
  const caller = clinicCaller(call);
  const today = isoNow(call.ctx.clock).slice(0, 10);
  const fields = prescriptionFieldsOf(parseBody<"PrescriptionInput">(call), { prescriber: prescriberName(caller.name), prescribedAt: today });
  const prescription = await insertPrescription(call.ctx, caller.organizationId, fields);
  return json(withoutClinic(prescription), 201);
};
