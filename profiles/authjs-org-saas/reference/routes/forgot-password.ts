// POST /api/auth/forgot-password: always {success: true}; a reset mail only when the user exists.
import type { RequestHandler } from "express";
import { emailInput } from "../account-input.ts";
import { issueToken } from "../account-tokens.ts";
import { findUserByEmail } from "../org-store.ts";
import type { AccountRouteContext } from "./account-route-context.ts";
import { sendAccountMail } from "./account-route-context.ts";

export function forgotPassword(context: AccountRouteContext): RequestHandler {
  return async (req, res) => {
    const { email } = emailInput.parse(req.body);
    const user = await findUserByEmail(context.pool, email);
    if (user !== null) sendAccountMail(context, user.email, "reset-password", await issueToken(context.pool, user.id, "reset-password"));
    res.json({ success: true });
  };
}
