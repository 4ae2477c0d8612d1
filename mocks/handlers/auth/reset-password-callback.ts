// GET /api/auth/reset-password/{token} — the emailed link: a 302 to `callbackURL?token=…` for a
// live token, to `callbackURL?error=INVALID_TOKEN` otherwise.
import { assertTrustedCallback, authUrl, redirectTo, requiredQuery, resolveWithQuery } from "../../services/auth-links.ts";
import { resetTokenOwner } from "../../services/password-reset.ts";
import { defineHandler } from "../define-handler.ts";

export const resetPasswordCallback = defineHandler("resetPasswordCallback", (call) => {
  const callbackURL = requiredQuery(call, "callbackURL");
  assertTrustedCallback(call, callbackURL);
  const { token } = call.params;
  if (!token || !callbackURL) return redirectTo(resolveWithQuery(call.ctx, callbackURL || authUrl(call.ctx, "/error"), { error: "INVALID_TOKEN" }));
  const valid = resetTokenOwner(call.ctx, token) !== null;
  return redirectTo(resolveWithQuery(call.ctx, callbackURL, valid ? { token } : { error: "INVALID_TOKEN" }));
});
