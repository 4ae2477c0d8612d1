// POST /api/auth/revoke-other-sessions — ends every live session of the user but the caller's.
import type { OperationHandler } from "../../core/call.ts";
import { requireSession } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { revokeUserSessions } from "../../services/user-sessions.ts";

export const revokeOtherSessions: OperationHandler = (call) => {
  const { session, user } = requireSession(call);
  revokeUserSessions(call.ctx, user.id, session.token);
  return json({ status: true });
};
