// POST /api/auth/request-password-reset — mails a reset link; the same answer whether or not the
// email is known (D6: this, not the docs' /forget-password, is the route).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { sendPasswordResetEmail } from "../../services/password-reset.ts";
import { parseBody } from "../parse-body.ts";

export const requestPasswordReset: OperationHandler = (call) => {
  const body = parseBody<"RequestPasswordResetRequest">(call);
  sendPasswordResetEmail(call.ctx, body.email, body.redirectTo);
  return json({ status: true, message: "If this email exists in our system, check your email for the reset link" });
};
