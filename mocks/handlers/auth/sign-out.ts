// POST /api/auth/sign-out — ends the session named by the token cookie (if any) and expires every
// session cookie. Always 200: Better Auth 1.7 signs out a caller who is not signed in, too.
import { clearedSessionCookies } from "../../core/session-cookies.ts";
import { sessionTokenOf } from "../../core/sessions.ts";
import { respond } from "../../core/typed-reply.ts";
import { endSession } from "../../services/user-sessions.ts";
import { defineHandler } from "../define-handler.ts";

export const signOut = defineHandler("signOut", async (call) => {
  const token = await sessionTokenOf(call.ctx, call.request.headers);
  if (token !== null) endSession(call.ctx, token);
  return respond(call, 200, { success: true }, { cookies: clearedSessionCookies(call.ctx.config, call.request.headers) });
});
