// POST /api/auth/change-password — checks the current password (the session comes from the store,
// never the cookie cache); with revokeOtherSessions every session of the user ends, this one too,
// and a new session's cookies are issued.
import { requireSession } from "../../core/call.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { cookiesForSession } from "../../core/sessions.ts";
import { respond } from "../../core/typed-reply.ts";
import { hasCredential, passwordMatches, setPassword } from "../../services/accounts.ts";
import { MAX_PASSWORD_LENGTH } from "../../services/credential-rules.ts";
import { revokeUserSessions } from "../../services/user-sessions.ts";
import { defineHandler } from "../define-handler.ts";
import { startSession } from "./signed-in.ts";

export const changePassword = defineHandler("changePassword", async (call) => {
  const { body } = call;
  const { user, dontRemember } = requireSession(call);
  if (body.currentPassword.length > MAX_PASSWORD_LENGTH) failBetterAuth(400, "PASSWORD_TOO_LONG");
  if (!hasCredential(call.ctx, user.id)) failBetterAuth(400, "CREDENTIAL_ACCOUNT_NOT_FOUND");
  if (!passwordMatches(call.ctx, user.id, body.currentPassword)) failBetterAuth(400, "INVALID_PASSWORD");
  if (body.revokeOtherSessions) revokeUserSessions(call.ctx, user.id);
  setPassword(call.ctx, user.id, body.newPassword);
  if (!body.revokeOtherSessions) return respond(call, 200, { token: null, user });
  // A 7-day session, but its cookies follow the caller's dont_remember cookie, as setSessionCookie reads it.
  const { session } = await startSession(call, user.id);
  return respond(call, 200, { token: session.token, user }, { cookies: await cookiesForSession(call.ctx, session, call.request.headers, dontRemember) });
});
