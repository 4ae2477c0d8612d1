// POST /api/auth/reset-password — sets the new password with the emailed token (once, within the
// hour) and revokes every session of the user; copies of their cookies still pass the cookie cache
// for up to 5 minutes.
import type { OperationHandler } from "../../core/call.ts";
import { failBetterAuth, json } from "../../core/reply.ts";
import { completePasswordReset } from "../../services/password-reset.ts";
import { parseBody } from "../parse-body.ts";

export const resetPassword: OperationHandler = (call) => {
  const body = parseBody<"ResetPasswordRequest">(call);
  const token = body.token || call.url.searchParams.get("token");
  if (!token) failBetterAuth(400, "INVALID_TOKEN");
  completePasswordReset(call.ctx, token, body.newPassword);
  return json({ status: true });
};
