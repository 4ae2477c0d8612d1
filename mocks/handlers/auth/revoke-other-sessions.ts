// POST /api/auth/revoke-other-sessions — ends every live session of the user but the caller's.
import { requireSession } from "../../core/call.ts";
import { respond } from "../../core/typed-reply.ts";
import { revokeUserSessions } from "../../services/user-sessions.ts";
import { defineHandler } from "../define-handler.ts";

export const revokeOtherSessions = defineHandler("revokeOtherSessions", (call) => {
  const { session, user } = requireSession(call);
  revokeUserSessions(call.ctx, user.id, session.token);
  return respond(call, 200, { status: true });
});
