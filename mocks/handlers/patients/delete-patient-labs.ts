// DELETE /api/patients/{fileNumber}/labs — removes every result with exactly this name, value and
// takenAt (none matching is fine: D25) and answers the patient (no medications for lab, D2).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { requirePatient, writePatient } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const deletePatientLabs: OperationHandler = async (call) => {
  const { organizationId, view } = clinicCaller(call);
  const target = parseBody<"DeleteLabRequest">(call);
  const current = requirePatient(call.ctx, organizationId, call.params.fileNumber ?? "");
  const kept = current.labs.filter((lab) => !(lab.name === target.name && lab.value === target.value && lab.takenAt === target.takenAt));
  const patient = await writePatient(call.ctx, current, { labs: kept });
  return json(presentPatient(patient, view));
};
