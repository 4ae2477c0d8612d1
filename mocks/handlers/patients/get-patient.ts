// GET /api/patients/{fileNumber} — one patient; outside a doctor's scope it does not exist (D4).
import { respond } from "../../core/typed-reply.ts";
import { requireVisiblePatient } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const getPatient = defineHandler("getPatient", (call) => {
  const { organizationId, view } = clinicCaller(call);
  const patient = requireVisiblePatient(call.ctx, organizationId, call.params.fileNumber, view);
  return respond(call, 200, presentPatient(patient, view));
});
