// GET /api/patients — the clinic's patients by name, as the caller's role may see them (D2, D4).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { listPatientRecords } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const listPatients: OperationHandler = (call) => {
  const { organizationId, view } = clinicCaller(call);
  return json(listPatientRecords(call.ctx, organizationId, view).map((patient) => presentPatient(patient, view)));
};
