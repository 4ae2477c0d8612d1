// POST /api/auth/delete-user — deletes the signed-in user (read from the store, not the cookie
// cache) with a correct password, or without one while the session is younger than a day (freshAge);
// expires every session cookie.
import { requireSession } from "../../core/call.ts";
import { FRESH_AGE_S } from "../../core/config.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { clearedSessionCookies } from "../../core/session-cookies.ts";
import { respond } from "../../core/typed-reply.ts";
import { deleteAccount, hasCredential, passwordMatches } from "../../services/accounts.ts";
import { MAX_PASSWORD_LENGTH } from "../../services/credential-rules.ts";
import { defineHandler } from "../define-handler.ts";

export const deleteUser = defineHandler("deleteUser", (call) => {
  const { body } = call;
  const { session, user } = requireSession(call);
  if (body.password) {
    if (body.password.length > MAX_PASSWORD_LENGTH) failBetterAuth(400, "PASSWORD_TOO_LONG");
    if (!hasCredential(call.ctx, user.id)) failBetterAuth(400, "CREDENTIAL_ACCOUNT_NOT_FOUND");
    if (!passwordMatches(call.ctx, user.id, body.password)) failBetterAuth(400, "INVALID_PASSWORD");
  } else if (call.ctx.clock.now() - Date.parse(session.createdAt) >= FRESH_AGE_S * 1000) {
    failBetterAuth(400, "SESSION_EXPIRED");
  }
  deleteAccount(call.ctx, user.id);
  return respond(call, 200, { success: true, message: "User deleted" }, { cookies: clearedSessionCookies(call.ctx.config, call.request.headers) });
});
