// POST /api/auth-helpers/reset-by-username — temetro's public helper (D14, D16): looks the username
// up and asks Better Auth for a reset server-side (no rate limit, no check of redirectTo), then
// answers {"ok":true} whether or not the username exists.
import { respond } from "../../core/typed-reply.ts";
import { findUserByUsername } from "../../services/accounts.ts";
import { sendPasswordResetEmail } from "../../services/password-reset.ts";
import { defineHandler } from "../define-handler.ts";

export const resetByUsername = defineHandler("resetByUsername", (call) => {
  const { body } = call;
  // The spec's validator already refused a blank username (x-trim, minLength 1), as temetro's zod does.
  const username = body.username.trim();
  const user = findUserByUsername(call.ctx, username);
  if (user !== undefined) sendPasswordResetEmail(call.ctx, user.email, body.redirectTo?.trim());
  return respond(call, 200, { ok: true });
});
