// POST /api/patients/{fileNumber}/labs — appends lab results (lab:write; flag defaults to "normal"
// and takenAt to "", D9 revised), not scoped to a doctor's patients (D4); 201 with the patient, no
// medications for lab (D2).
import { respond } from "../../core/typed-reply.ts";
import { requirePatient, writePatient } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";
import { announcePatientChange } from "./announce-patient-change.ts";

export const appendPatientLabs = defineHandler("appendPatientLabs", async (call) => {
  const caller = clinicCaller(call);
  const { labs } = call.body;
  const current = requirePatient(call.ctx, caller.organizationId, call.params.fileNumber);
  const added = labs.map(({ name, value, flag, takenAt }) => ({ name, value, flag: flag ?? "normal", takenAt: takenAt ?? "" }));
  const patient = await writePatient(call.ctx, current, { labs: [...current.labs, ...added] });
  announcePatientChange(call, caller, patient);
  return respond(call, 201, presentPatient(patient, caller.view));
});
