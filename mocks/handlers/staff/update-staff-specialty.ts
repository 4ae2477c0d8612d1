// PATCH /api/staff/{userId} — sets or clears a member's specialty (D12: any string up to 60 characters).
import { respond } from "../../core/typed-reply.ts";
import { requireStaffMember, setSpecialty } from "../../services/staff.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const updateStaffSpecialty = defineHandler("updateStaffSpecialty", (call) => {
  const { organizationId } = clinicCaller(call);
  const userId = call.params.userId;
  const { specialty } = call.body;
  requireStaffMember(call.ctx, organizationId, userId);
  return respond(call, 200, { userId, specialty: setSpecialty(call.ctx, organizationId, userId, specialty) });
});
