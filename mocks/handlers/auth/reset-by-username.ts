// POST /api/auth-helpers/reset-by-username — temetro's public helper (D14, D16): looks the username
// up and asks Better Auth for a reset server-side (no rate limit, no check of redirectTo), then
// answers {"ok":true} whether or not the username exists.
import type { OperationHandler } from "../../core/call.ts";
import { json, ReplyError } from "../../core/reply.ts";
import { findUserByUsername } from "../../services/accounts.ts";
import { sendPasswordResetEmail } from "../../services/password-reset.ts";
import { parseBody } from "../parse-body.ts";

/** temetro's schema trims before `min(1)`: a blank username fails as zod reports it. */
const blankUsername = new ReplyError({
  status: 400,
  body: {
    error: "Validation failed",
    details: [{ origin: "string", code: "too_small", minimum: 1, inclusive: true, path: ["username"], message: "Too small: expected string to have >=1 characters" }],
  },
});

export const resetByUsername: OperationHandler = (call) => {
  const body = parseBody<"ResetByUsernameRequest">(call);
  const username = body.username.trim();
  if (username === "") throw blankUsername;
  const user = findUserByUsername(call.ctx, username);
  if (user !== undefined) sendPasswordResetEmail(call.ctx, user.email, body.redirectTo?.trim());
  return json({ ok: true });
};
