// POST /api/auth-helpers/reset-by-username — temetro's public helper (D14, D16): looks the username
// up and asks Better Auth for a reset server-side (no rate limit, no check of redirectTo), then
// answers {"ok":true} whether or not the username exists.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { findUserByUsername } from "../../services/accounts.ts";
import { sendPasswordResetEmail } from "../../services/password-reset.ts";
import { parseBody } from "../parse-body.ts";

export const resetByUsername: OperationHandler = (call) => {
  const body = parseBody<"ResetByUsernameRequest">(call);
  // The spec's validator already refused a blank username (x-trim, minLength 1), as temetro's zod does.
  const username = body.username.trim();
  const user = findUserByUsername(call.ctx, username);
  if (user !== undefined) sendPasswordResetEmail(call.ctx, user.email, body.redirectTo?.trim());
  return json({ ok: true });
};
