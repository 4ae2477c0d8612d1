// POST /api/auth/revoke-sessions — ends every session of the user, the caller's included, and
// expires the caller's cookies.
import type { OperationHandler } from "../../core/call.ts";
import { requireSession } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { clearedSessionCookies } from "../../core/session-cookies.ts";
import { revokeUserSessions } from "../../services/user-sessions.ts";

export const revokeSessions: OperationHandler = (call) => {
  revokeUserSessions(call.ctx, requireSession(call).user.id);
  return json({ status: true }, 200, { cookies: clearedSessionCookies(call.ctx.config, call.request.headers) });
};
