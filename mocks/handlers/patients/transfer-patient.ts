// POST /api/patients/{fileNumber}/transfer — hands a patient to another clinic member: the
// provider is checked first (400), then the patient within a doctor's scope (404, D4); the answer
// is redacted for reception like every patient answer (D3).
import { failTemetro } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findUserById } from "../../services/accounts.ts";
import { findMember } from "../../services/memberships.ts";
import { requireVisiblePatient, writePatient } from "../../services/patients.ts";
import { presentPatient } from "../../services/role-view.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";
import { announcePatientChange } from "./announce-patient-change.ts";

export const transferPatient = defineHandler("transferPatient", async (call) => {
  const caller = clinicCaller(call);
  const providerId = call.body.providerId.trim();
  const provider = findMember(call.ctx, caller.organizationId, providerId) === undefined ? undefined : findUserById(call.ctx, providerId);
  if (provider === undefined) failTemetro("PROVIDER_NOT_A_MEMBER");
  const current = requireVisiblePatient(call.ctx, caller.organizationId, call.params.fileNumber, caller.view);
  const patient = await writePatient(call.ctx, current, { primaryProviderId: provider.id, pcp: provider.name });
  announcePatientChange(call, caller, patient, { provider: provider.name });
  return respond(call, 200, presentPatient(patient, caller.view));
});
