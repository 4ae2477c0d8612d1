// POST /api/auth/reset-password — sets the new password with the emailed token (once, within the
// hour) and revokes every session of the user; copies of their cookies still pass the cookie cache
// for up to 5 minutes.
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { completePasswordReset } from "../../services/password-reset.ts";
import { defineHandler } from "../define-handler.ts";

export const resetPassword = defineHandler("resetPassword", (call) => {
  const { body } = call;
  const token = body.token || call.url.searchParams.get("token");
  if (!token) failBetterAuth(400, "INVALID_TOKEN");
  completePasswordReset(call.ctx, token, body.newPassword);
  return respond(call, 200, { status: true });
});
