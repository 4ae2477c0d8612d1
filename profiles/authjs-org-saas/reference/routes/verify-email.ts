// POST /api/auth/verify-email: redeem the mailed token; 400 INVALID_TOKEN when it is unknown, used or expired.
import type { RequestHandler } from "express";
import { AccountError } from "../account-errors.ts";
import { tokenInput } from "../account-input.ts";
import { redeemToken } from "../account-tokens.ts";
import { markEmailVerified } from "../org-store.ts";
import type { AccountRouteContext } from "./account-route-context.ts";

export function verifyEmail(context: AccountRouteContext): RequestHandler {
  return async (req, res) => {
    const { token } = tokenInput.parse(req.body);
    const userId = await redeemToken(context.pool, token, "verify-email");
    if (userId === null) throw new AccountError("INVALID_TOKEN");
    await markEmailVerified(context.pool, userId);
    res.json({ success: true });
  };
}
