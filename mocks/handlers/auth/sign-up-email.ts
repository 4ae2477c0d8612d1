// POST /api/auth/sign-up/email — creates the user, signs it in, and mails the verification link.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { createAccount } from "../../services/accounts.ts";
import { sendVerificationEmail } from "../../services/email-verification.ts";
import { parseBody } from "../parse-body.ts";
import { startSession } from "./signed-in.ts";

export const signUpEmail: OperationHandler = async (call) => {
  const body = parseBody<"SignUpEmailRequest">(call);
  const user = await createAccount(call.ctx, body);
  await sendVerificationEmail(call.ctx, user, body.callbackURL);
  const { session, cookies } = await startSession(call, user.id, body.rememberMe === false);
  return json({ token: session.token, user }, 200, { cookies });
};
