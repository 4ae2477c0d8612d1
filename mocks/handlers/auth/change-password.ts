// POST /api/auth/change-password — checks the current password (the session comes from the store,
// never the cookie cache); with revokeOtherSessions every session of the user ends, this one too,
// and a new session's cookies are issued.
import type { OperationHandler } from "../../core/call.ts";
import { requireSession } from "../../core/call.ts";
import { failBetterAuth, json } from "../../core/reply.ts";
import { cookiesForSession } from "../../core/sessions.ts";
import { passwordMatches, setPassword } from "../../services/accounts.ts";
import { MAX_PASSWORD_LENGTH } from "../../services/credential-rules.ts";
import { revokeUserSessions } from "../../services/user-sessions.ts";
import { parseBody } from "../parse-body.ts";
import { startSession } from "./signed-in.ts";

export const changePassword: OperationHandler = async (call) => {
  const body = parseBody<"ChangePasswordRequest">(call);
  const { user, dontRemember } = requireSession(call);
  if (body.currentPassword.length > MAX_PASSWORD_LENGTH) failBetterAuth(400, "PASSWORD_TOO_LONG");
  if (!call.ctx.store.credentials.has(user.id)) failBetterAuth(400, "CREDENTIAL_ACCOUNT_NOT_FOUND");
  if (!passwordMatches(call.ctx, user.id, body.currentPassword)) failBetterAuth(400, "INVALID_PASSWORD");
  if (body.revokeOtherSessions) revokeUserSessions(call.ctx, user.id);
  setPassword(call.ctx, user.id, body.newPassword);
  if (!body.revokeOtherSessions) return json({ token: null, user });
  // A 7-day session, but its cookies follow the caller's dont_remember cookie, as setSessionCookie reads it.
  const { session } = await startSession(call, user.id);
  return json({ token: session.token, user }, 200, { cookies: await cookiesForSession(call.ctx, session, call.request.headers, dontRemember) });
};
