// DELETE /api/patients/{fileNumber}/labs — removes every result with exactly this name, value and
// takenAt (none matching is fine: D25) and answers the patient (no medications for lab, D2).
import { respond } from "../../core/typed-reply.ts";
import { requirePatient, writePatient } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const deletePatientLabs = defineHandler("deletePatientLabs", async (call) => {
  const { organizationId, view } = clinicCaller(call);
  const target = call.body;
  const current = requirePatient(call.ctx, organizationId, call.params.fileNumber);
  const kept = current.labs.filter((lab) => !(lab.name === target.name && lab.value === target.value && lab.takenAt === target.takenAt));
  const patient = await writePatient(call.ctx, current, { labs: kept });
  return respond(call, 200, presentPatient(patient, view));
});
