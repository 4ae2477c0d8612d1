// POST /api/auth/send-verification-email — mails the verification link again. Signed out: always
// {status: true}, mailing only an unverified user. Signed in (as the session shows it, cookie cache
// included): the address must be the caller's and not yet verified.
import type { OperationHandler } from "../../core/call.ts";
import { failBetterAuth, json } from "../../core/reply.ts";
import { findUserByEmail } from "../../services/accounts.ts";
import { sendVerificationEmail as mailVerificationLink } from "../../services/email-verification.ts";
import { parseBody } from "../parse-body.ts";

export const sendVerificationEmail: OperationHandler = async (call) => {
  const body = parseBody<"SendVerificationEmailRequest">(call);
  if (call.session === null) {
    const user = findUserByEmail(call.ctx, body.email);
    if (user !== undefined && !user.emailVerified) await mailVerificationLink(call.ctx, user, body.callbackURL);
    return json({ status: true });
  }
  const { user } = call.session;
  if (user.email.toLowerCase() !== body.email.toLowerCase()) failBetterAuth(400, "EMAIL_MISMATCH");
  if (user.emailVerified) failBetterAuth(400, "EMAIL_ALREADY_VERIFIED");
  await mailVerificationLink(call.ctx, user, body.callbackURL);
  return json({ status: true });
};
