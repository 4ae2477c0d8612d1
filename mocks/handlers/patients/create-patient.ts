// POST /api/patients — registers a patient: next file number when none is given (D5; concurrent
// creates get distinct ones, D42), 409 for a taken one (D22), demographics only from reception, and a record_change notification.
import { respond } from "../../core/typed-reply.ts";
import { blankClinicalFields, demographicsOf, patientFieldsOf, type PatientFields } from "../../services/patient-input.ts";
import { insertPatient } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";
import { announcePatientChange } from "./announce-patient-change.ts";

export const createPatient = defineHandler("createPatient", async (call) => {
  const caller = clinicCaller(call);
  const { body } = call;
  const fields: PatientFields = caller.view.receptionOnly
    ? { ...demographicsOf(body), ...blankClinicalFields(), source: "manual" }
    : patientFieldsOf(body);
  const patient = await insertPatient(call.ctx, caller.organizationId, caller.userId, fields);
  announcePatientChange(call, caller, patient);
  return respond(call, 201, presentPatient(patient, caller.view));
});
