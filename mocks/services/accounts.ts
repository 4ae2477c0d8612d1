// Users and their credentials: creation with Better Auth's uniqueness rules, and verification email.
import { isoNow } from "../core/clock.ts";
import { VERIFY_TOKEN_EXPIRES_IN_S } from "../core/config.ts";
import type { MockContext } from "../core/context.ts";
import { generateId } from "../core/ids.ts";
import { failBetterAuth } from "../core/reply.ts";
import type { UserRecord } from "../core/store.ts";

export type NewAccount = { name: string; email: string; password: string; username?: string; displayUsername?: string; image?: string };

/** The user with this email (case-insensitive, as Better Auth lower-cases emails). */
export function findUserByEmail(ctx: MockContext, email: string): UserRecord | undefined {
  const wanted = email.toLowerCase();
  return ctx.store.users.findFirst((q) => q.where({ email: wanted }));
}

/** The user with this username (case-insensitive, as the username plugin stores it lower-cased). */
export function findUserByUsername(ctx: MockContext, username: string): UserRecord | undefined {
  const wanted = username.toLowerCase();
  return ctx.store.users.findFirst((q) => q.where({ username: wanted }));
}

/** Creates a user with a password; 422 for a taken email, 400 for a taken username. */
export async function createAccount(ctx: MockContext, account: NewAccount): Promise<UserRecord> {
  if (findUserByEmail(ctx, account.email) !== undefined) failBetterAuth(422, "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL");
  if (account.username !== undefined && findUserByUsername(ctx, account.username) !== undefined) failBetterAuth(400, "USERNAME_IS_ALREADY_TAKEN");
  const now = isoNow(ctx.clock);
  const user = await ctx.store.users.create({
    id: generateId(),
    name: account.name,
    email: account.email.toLowerCase(),
    emailVerified: false,
    image: account.image ?? null,
    createdAt: now,
    updatedAt: now,
    username: account.username?.toLowerCase() ?? null,
    displayUsername: account.displayUsername ?? account.username ?? null,
  });
  ctx.store.credentials.set(user.id, account.password);
  return user;
}

/** Whether a password is the user's. */
export const passwordMatches = (ctx: MockContext, userId: string, password: string): boolean => ctx.store.credentials.get(userId) === password;

/** Emails a verification link, as Better Auth does on sign-up (sendOnSignUp). */
export function sendVerificationEmail(ctx: MockContext, user: UserRecord, callbackURL?: string): void {
  const token = generateId(32);
  ctx.store.verifications.set(`verify-email:${token}`, { value: user.id, expiresAt: ctx.clock.now() + VERIFY_TOKEN_EXPIRES_IN_S * 1000 });
  const callback = encodeURIComponent(callbackURL ?? "/");
  ctx.outbox.send({
    to: user.email,
    kind: "verify-email",
    subject: "Verify your temetro email address",
    url: `${ctx.config.baseUrl}/api/auth/verify-email?token=${token}&callbackURL=${callback}`,
    token,
  });
}

/** Marks the user's email as changed now. */
export const touchUser = (draft: UserRecord, ctx: MockContext): void => {
  draft.updatedAt = isoNow(ctx.clock);
};
