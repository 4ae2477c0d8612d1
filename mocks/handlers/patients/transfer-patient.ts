// POST /api/patients/{fileNumber}/transfer — hands a patient to another clinic member: the
// provider is checked first (400), then the patient within a doctor's scope (404, D4); the answer
// is redacted for reception like every patient answer (D3).
import type { OperationHandler } from "../../core/call.ts";
import { failTemetro, json } from "../../core/reply.ts";
import { requireVisiblePatient, writePatient } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { announcePatientChange } from "./announce-patient-change.ts";
import { parseBody } from "../parse-body.ts";

export const transferPatient: OperationHandler = async (call) => {
  const caller = clinicCaller(call);
  const providerId = parseBody<"TransferPatientRequest">(call).providerId.trim();
  const membership = call.ctx.store.members.findFirst((q) => q.where({ organizationId: caller.organizationId, userId: providerId }));
  const provider = membership === undefined ? undefined : call.ctx.store.users.findFirst((q) => q.where({ id: providerId }));
  if (provider === undefined) failTemetro("PROVIDER_NOT_A_MEMBER");
  const current = requireVisiblePatient(call.ctx, caller.organizationId, call.params.fileNumber ?? "", caller.view);
  const patient = await writePatient(call.ctx, current, { primaryProviderId: provider.id, pcp: provider.name });
  announcePatientChange(call, caller, patient, { provider: provider.name });
  return json(presentPatient(patient, caller.view));
};
