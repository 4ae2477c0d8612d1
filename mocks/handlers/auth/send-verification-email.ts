// POST /api/auth/send-verification-email — mails the verification link again. Signed out: always
// {status: true}, mailing only an unverified user. Signed in (as the session shows it, cookie cache
// included): the address must be the caller's and not yet verified.
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findUserByEmail } from "../../services/accounts.ts";
import { sendVerificationEmail as mailVerificationLink } from "../../services/email-verification.ts";
import { defineHandler } from "../define-handler.ts";

export const sendVerificationEmail = defineHandler("sendVerificationEmail", async (call) => {
  const { body } = call;
  if (call.session === null) {
    const user = findUserByEmail(call.ctx, body.email);
    if (user !== undefined && !user.emailVerified) await mailVerificationLink(call.ctx, user, body.callbackURL);
    return respond(call, 200, { status: true });
  }
  const { user } = call.session;
  if (user.email.toLowerCase() !== body.email.toLowerCase()) failBetterAuth(400, "EMAIL_MISMATCH");
  if (user.emailVerified) failBetterAuth(400, "EMAIL_ALREADY_VERIFIED");
  await mailVerificationLink(call.ctx, user, body.callbackURL);
  return respond(call, 200, { status: true });
});
