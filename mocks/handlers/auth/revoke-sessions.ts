// POST /api/auth/revoke-sessions — ends every session of the user, the caller's included, and
// expires the caller's cookies.
import { requireSession } from "../../core/call.ts";
import { clearedSessionCookies } from "../../core/session-cookies.ts";
import { respond } from "../../core/typed-reply.ts";
import { revokeUserSessions } from "../../services/user-sessions.ts";
import { defineHandler } from "../define-handler.ts";

export const revokeSessions = defineHandler("revokeSessions", (call) => {
  revokeUserSessions(call.ctx, requireSession(call).user.id);
  return respond(call, 200, { status: true }, { cookies: clearedSessionCookies(call.ctx.config, call.request.headers) });
});
