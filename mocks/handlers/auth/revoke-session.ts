// POST /api/auth/revoke-session — ends one of the caller's sessions by token (another user's token
// is ignored); revoking the caller's own session also expires its cookies.
import { requireSession } from "../../core/call.ts";
import { clearedSessionCookies } from "../../core/session-cookies.ts";
import { respond } from "../../core/typed-reply.ts";
import { revokeUserSession } from "../../services/user-sessions.ts";
import { defineHandler } from "../define-handler.ts";

export const revokeSession = defineHandler("revokeSession", (call) => {
  const { token } = call.body;
  const { session, user } = requireSession(call);
  revokeUserSession(call.ctx, user.id, token);
  const own = token === session.token;
  return respond(call, 200, { status: true }, own ? { cookies: clearedSessionCookies(call.ctx.config, call.request.headers) } : {});
});
