// PATCH /api/staff/{userId}/password — sets any member's password, the owner's too, without
// revoking their sessions (D20; the suite reports it as a security advisory).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { setPassword } from "../../services/accounts.ts";
import { requireStaffMember } from "../../services/staff.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const setStaffPassword: OperationHandler = (call) => {
  const { organizationId } = clinicCaller(call);
  const member = requireStaffMember(call.ctx, organizationId, call.params.userId ?? "");
  setPassword(call.ctx, member.userId, parseBody<"SetStaffPasswordRequest">(call).newPassword);
  return json({ ok: true });
};
