// POST /api/auth/resend-verification: always {success: true}; a new verification mail only to an unverified user.
import type { RequestHandler } from "express";
import { emailInput } from "../account-input.ts";
import { issueToken } from "../account-tokens.ts";
import { findUserByEmail } from "../org-store.ts";
import type { AccountRouteContext } from "./account-route-context.ts";
import { sendAccountMail } from "./account-route-context.ts";

export function resendVerification(context: AccountRouteContext): RequestHandler {
  return async (req, res) => {
    const { email } = emailInput.parse(req.body);
    const user = await findUserByEmail(context.pool, email);
    if (user !== null && !user.emailVerified) sendAccountMail(context, user.email, "verify-email", await issueToken(context.pool, user.id, "verify-email"));
    res.json({ success: true });
  };
}
