// GET /api/patients — the clinic's patients by name, as the caller's role may see them (D2, D4).
import { respond } from "../../core/typed-reply.ts";
import { listPatientRecords } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const listPatients = defineHandler("listPatients", (call) => {
  const { organizationId, view } = clinicCaller(call);
  return respond(call, 200, listPatientRecords(call.ctx, organizationId, view).map((patient) => presentPatient(patient, view)));
});
