// POST /api/auth/sign-out — ends the session named by the token cookie (if any) and expires every
// session cookie. Always 200: Better Auth 1.7 signs out a caller who is not signed in, too.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { clearedSessionCookies } from "../../core/session-cookies.ts";
import { sessionTokenOf } from "../../core/sessions.ts";

export const signOut: OperationHandler = async (call) => {
  const token = await sessionTokenOf(call.ctx, call.request.headers);
  if (token !== null) call.ctx.store.sessions.deleteMany((q) => q.where({ token }));
  return json({ success: true }, 200, { cookies: clearedSessionCookies(call.ctx.config, call.request.headers) });
};
