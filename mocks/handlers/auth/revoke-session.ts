// POST /api/auth/revoke-session — ends one of the caller's sessions by token (another user's token
// is ignored); revoking the caller's own session also expires its cookies.
import type { OperationHandler } from "../../core/call.ts";
import { requireSession } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { clearedSessionCookies } from "../../core/session-cookies.ts";
import { parseBody } from "../parse-body.ts";

export const revokeSession: OperationHandler = (call) => {
  const { token } = parseBody<"RevokeSessionRequest">(call);
  const { session, user } = requireSession(call);
  call.ctx.store.sessions.deleteMany((q) => q.where({ token, userId: user.id }));
  const own = token === session.token;
  return json({ status: true }, 200, own ? { cookies: clearedSessionCookies(call.ctx.config, call.request.headers) } : {});
};
