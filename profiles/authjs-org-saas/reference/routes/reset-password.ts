// POST /api/auth/reset-password: redeem the reset token and set the new password (6–100 characters).
import type { RequestHandler } from "express";
import { AccountError } from "../account-errors.ts";
import { resetPasswordInput } from "../account-input.ts";
import { redeemToken } from "../account-tokens.ts";
import { setPasswordHash } from "../org-store.ts";
import { hashPassword } from "../password-hash.ts";
import type { AccountRouteContext } from "./account-route-context.ts";

export function resetPassword(context: AccountRouteContext): RequestHandler {
  return async (req, res) => {
    const { token, password } = resetPasswordInput.parse(req.body);
    const userId = await redeemToken(context.pool, token, "reset-password");
    if (userId === null) throw new AccountError("INVALID_TOKEN");
    await setPasswordHash(context.pool, userId, await hashPassword(password));
    res.json({ success: true });
  };
}
