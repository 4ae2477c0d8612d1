// POST /api/prescriptions — prescribes (full clinicians only: pharmacy is refused by the rules, D1);
// the caller is the prescriber when none is named, and today the date when none is given.
import { isoNow } from "../../core/clock.ts";
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { withoutClinic } from "../../services/clinic-records.ts";
import { prescriberName, prescriptionFieldsOf } from "../../services/prescription-input.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const createPrescription: OperationHandler = async (call) => {
  const caller = clinicCaller(call);
  const now = isoNow(call.ctx.clock);
  const fields = prescriptionFieldsOf(parseBody<"PrescriptionInput">(call), { prescriber: prescriberName(caller.name), prescribedAt: now.slice(0, 10) });
  const prescription = await call.ctx.store.prescriptions.create({
    ...fields,
    id: crypto.randomUUID(),
    organizationId: caller.organizationId,
    createdAt: now,
    updatedAt: now,
  });
  return json(withoutClinic(prescription), 201);
};
