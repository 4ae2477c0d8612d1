// POST /api/auth/request-password-reset — mails a reset link; the same answer whether or not the
// email is known (D6: this, not the docs' /forget-password, is the route).
import { respond } from "../../core/typed-reply.ts";
import { sendPasswordResetEmail } from "../../services/password-reset.ts";
import { defineHandler } from "../define-handler.ts";

export const requestPasswordReset = defineHandler("requestPasswordReset", (call) => {
  const { body } = call;
  sendPasswordResetEmail(call.ctx, body.email, body.redirectTo);
  return respond(call, 200, { status: true, message: "If this email exists in our system, check your email for the reset link" });
});
