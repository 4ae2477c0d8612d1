// GET /api/patients/{fileNumber} — one patient; outside a doctor's scope it does not exist (D4).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { requireVisiblePatient } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const getPatient: OperationHandler = (call) => {
  const { organizationId, view } = clinicCaller(call);
  const patient = requireVisiblePatient(call.ctx, organizationId, call.params.fileNumber ?? "", view);
  return json(presentPatient(patient, view));
};
