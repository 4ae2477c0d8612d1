// POST /api/auth/sign-up/email — creates the user, signs it in, and sends the verification email.
import { json } from "../../core/reply.ts";
import type { OperationHandler } from "../../core/call.ts";
import { cookiesForSession, createSession } from "../../core/sessions.ts";
import { createAccount, sendVerificationEmail } from "../../services/accounts.ts";
import { parseBody } from "../parse-body.ts";

export const signUpEmail: OperationHandler = async (call) => {
  const body = parseBody<"SignUpEmailRequest">(call);
  const user = await createAccount(call.ctx, body);
  sendVerificationEmail(call.ctx, user, body.callbackURL);
  const dontRemember = body.rememberMe === false;
  const session = await createSession(call.ctx, user.id, { ipAddress: call.clientIp, userAgent: call.request.headers.get("user-agent"), dontRemember });
  return json({ token: session.token, user }, 200, { cookies: await cookiesForSession(call.ctx, session, dontRemember) });
};
