// Password reset as Better Auth does it: a one-use 24-character token valid for an hour, mailed as
// a link to GET /api/auth/reset-password/:token; completing it revokes every session of the user
// (temetro's revokeSessionsOnPasswordReset).
import { RESET_TOKEN_EXPIRES_IN_S } from "../core/config.ts";
import type { MockContext } from "../core/context.ts";
import { generateId } from "../core/ids.ts";
import { failBetterAuth } from "../core/reply.ts";
import { findUserByEmail, setPassword } from "./accounts.ts";
import { authUrl } from "./auth-links.ts";
import { revokeUserSessions } from "./user-sessions.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

const identifier = (token: string): string => `reset-password:${token}`;

/**
 * Mails a reset link when the address belongs to a user, and nothing otherwise (the caller's answer
 * is the same either way). Shared by request-password-reset and temetro's reset-by-username.
 */
export function sendPasswordResetEmail(ctx: MockContext, email: string, redirectTo?: string): void {
  const user = findUserByEmail(ctx, email);
  if (user === undefined) return;
  const token = generateId(24);
  ctx.store.verifications.set(identifier(token), { value: user.id, expiresAt: ctx.clock.now() + RESET_TOKEN_EXPIRES_IN_S * 1000 });
  ctx.outbox.send({
    to: user.email,
    kind: "reset-password",
    subject: "Reset your temetro password",
    url: authUrl(ctx, `/reset-password/${token}?callbackURL=${redirectTo ? encodeURIComponent(redirectTo) : ""}`),
    token,
  });
}

/** The user a live reset token belongs to, or null when it is unknown, spent or expired. */
export function resetTokenOwner(ctx: MockContext, token: string): string | null {
  const verification = ctx.store.verifications.get(identifier(token));
  return verification === undefined || verification.expiresAt < ctx.clock.now() ? null : verification.value;
}

/** Spends a reset token: the new password is set and every session of the user ends; 400 INVALID_TOKEN (or USER_NOT_FOUND) otherwise. */
export function completePasswordReset(ctx: MockContext, token: string, newPassword: string): void {
  const userId = resetTokenOwner(ctx, token);
  if (userId === null) failBetterAuth(400, "INVALID_TOKEN");
  if (ctx.store.users.findFirst(fieldsEqual({ id: userId })) === undefined) failBetterAuth(400, "USER_NOT_FOUND");
  ctx.store.verifications.delete(identifier(token));
  revokeUserSessions(ctx, userId);
  setPassword(ctx, userId, newPassword);
}
