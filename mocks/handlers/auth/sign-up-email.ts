// POST /api/auth/sign-up/email — creates the user, signs it in, and mails the verification link.
import { respond } from "../../core/typed-reply.ts";
import { createAccount } from "../../services/accounts.ts";
import { sendVerificationEmail } from "../../services/email-verification.ts";
import { defineHandler } from "../define-handler.ts";
import { startSession } from "./signed-in.ts";

export const signUpEmail = defineHandler("signUpEmail", async (call) => {
  const { body } = call;
  const user = await createAccount(call.ctx, body);
  await sendVerificationEmail(call.ctx, user, body.callbackURL);
  const { session, cookies } = await startSession(call, user.id, body.rememberMe === false);
  return respond(call, 200, { token: session.token, user }, { cookies });
});
