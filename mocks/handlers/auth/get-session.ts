// GET /api/auth/get-session — the session and user, or 200 null when signed out (never 401).
import type { OperationHandler } from "../../core/call.ts";
import { clearedSessionCookies } from "../../core/session-cookies.ts";
import { json } from "../../core/reply.ts";
import { sessionTokenOf } from "../../core/sessions.ts";

export const getSession: OperationHandler = async (call) => {
  if (call.session !== null) return json({ session: call.session.session, user: call.session.user });
  // A token cookie that no longer names a live session is expired on the client.
  const staleToken = (await sessionTokenOf(call.ctx, call.request.headers)) !== null;
  return json(null, 200, staleToken ? { cookies: clearedSessionCookies(call.ctx.config) } : {});
};
