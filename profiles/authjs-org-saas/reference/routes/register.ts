// POST /api/auth/register: a new organization with its admin, and a verification mail (201).
import type { RequestHandler } from "express";
import { AccountError } from "../account-errors.ts";
import { registerInput } from "../account-input.ts";
import { issueToken } from "../account-tokens.ts";
import { registerOrganization } from "../org-store.ts";
import { hashPassword } from "../password-hash.ts";
import type { AccountRouteContext } from "./account-route-context.ts";
import { sendAccountMail } from "./account-route-context.ts";

export function register(context: AccountRouteContext): RequestHandler {
  return async (req, res) => {
    const input = registerInput.parse(req.body);
    const registered = await registerOrganization(context.pool, { ...input, passwordHash: await hashPassword(input.password) });
    if (registered === "email-taken") throw new AccountError("EMAIL_TAKEN");
    const token = await issueToken(context.pool, registered.user.id, "verify-email");
    sendAccountMail(context, registered.user.email, "verify-email", token);
    res.status(201).json({
      success: true,
      message: "Account created successfully. Please check your email to verify your account.",
      user: registered.user,
      organization: registered.organization,
    });
  };
}
