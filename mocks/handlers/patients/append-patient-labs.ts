// POST /api/patients/{fileNumber}/labs — appends lab results (lab:write; flag defaults to "normal"
// and takenAt to "", D9 revised), not scoped to a doctor's patients (D4); 201 with the patient, no
// medications for lab (D2).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { requirePatient, writePatient } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { announcePatientChange } from "./announce-patient-change.ts";
import { parseBody } from "../parse-body.ts";

export const appendPatientLabs: OperationHandler = async (call) => {
  const caller = clinicCaller(call);
  const { labs } = parseBody<"AppendLabsRequest">(call);
  const current = requirePatient(call.ctx, caller.organizationId, call.params.fileNumber ?? "");
  const added = labs.map(({ name, value, flag, takenAt }) => ({ name, value, flag: flag ?? "normal", takenAt: takenAt ?? "" }));
  const patient = await writePatient(call.ctx, current, { labs: [...current.labs, ...added] });
  announcePatientChange(call, caller, patient);
  return json(presentPatient(patient, caller.view), 201);
};
