// PATCH /api/staff/{userId}/password — sets any member's password, the owner's too, without
// revoking their sessions (D20; the suite reports it as a security advisory).
import { respond } from "../../core/typed-reply.ts";
import { setPassword } from "../../services/accounts.ts";
import { requireStaffMember } from "../../services/staff.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const setStaffPassword = defineHandler("setStaffPassword", (call) => {
  const { organizationId } = clinicCaller(call);
  const member = requireStaffMember(call.ctx, organizationId, call.params.userId);
  setPassword(call.ctx, member.userId, call.body.newPassword);
  return respond(call, 200, { ok: true });
});
