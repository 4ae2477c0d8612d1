// PUT /api/patients/{fileNumber} — replaces the record (reception: demographics only). Not scoped
// to a doctor's patients (D4); the body's file number renumbers it, 409 when taken (D22).
import { respond } from "../../core/typed-reply.ts";
import { demographicsOf, patientFieldsOf } from "../../services/patient-input.ts";
import { assertFileNumberFree, requirePatient, writePatient } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";
import { announcePatientChange } from "./announce-patient-change.ts";

export const updatePatient = defineHandler("updatePatient", async (call) => {
  const caller = clinicCaller(call);
  const { body } = call;
  const current = requirePatient(call.ctx, caller.organizationId, call.params.fileNumber);
  const fields = caller.view.receptionOnly ? demographicsOf(body) : patientFieldsOf(body);
  // temetro's code writes an empty file number as is; the contract keeps the current one (D24).
  if (fields.fileNumber === "") fields.fileNumber = current.fileNumber;
  assertFileNumberFree(call.ctx, caller.organizationId, fields.fileNumber, current.id);
  const patient = await writePatient(call.ctx, current, fields);
  announcePatientChange(call, caller, patient);
  return respond(call, 200, presentPatient(patient, caller.view));
});
