// Users and their credentials: creation with Better Auth's uniqueness rules (the username plugin's
// check runs first, as its before-hook does), password checks, and deletion with what hangs off a user.
import { z } from "zod";
import { isoNow } from "../core/clock.ts";
import type { MockContext } from "../core/context.ts";
import { generateId } from "../core/ids.ts";
import { failBetterAuth, ReplyError } from "../core/reply.ts";
import type { UserRecord } from "../core/store.ts";
import { normalizeUsername, usernameProblem } from "./credential-rules.ts";
import { revokeUserSessions } from "./user-sessions.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

export type { UserRecord };

export type NewAccount = { name: string; email: string; password: string; username?: string; displayUsername?: string; image?: string };

/** The user with this email (case-insensitive, as Better Auth lower-cases emails). */
export function findUserByEmail(ctx: MockContext, email: string): UserRecord | undefined {
  const wanted = email.toLowerCase();
  return ctx.store.users.findFirst(fieldsEqual({ email: wanted }));
}

/** The user with this id. */
export const findUserById = (ctx: MockContext, id: string): UserRecord | undefined => ctx.store.users.findFirst(fieldsEqual({ id }));

/** The user with this username (case-insensitive, as the username plugin stores it lower-cased). */
export function findUserByUsername(ctx: MockContext, username: string): UserRecord | undefined {
  const wanted = normalizeUsername(username);
  return ctx.store.users.findFirst(fieldsEqual({ username: wanted }));
}

/**
 * The username a sign-up asks for: `username`, else a `displayUsername` that is a valid username
 * (the plugin copies it over), and the display form: as sent, else the username as typed.
 */
function requestedUsername(account: NewAccount): { username: string | null; displayUsername: string | null } {
  const username = account.username ?? (account.displayUsername !== undefined && usernameProblem(account.displayUsername) === null ? account.displayUsername : undefined);
  return { username: username === undefined ? null : normalizeUsername(username), displayUsername: account.displayUsername ?? username ?? null };
}

/** Creates a user with a password; 400 for a taken username, then 422 for a taken email (atomically, as unique columns are). */
export function createAccount(ctx: MockContext, account: NewAccount): Promise<UserRecord> {
  return ctx.store.serial.run("users", () => insertAccount(ctx, account));
}

async function insertAccount(ctx: MockContext, account: NewAccount): Promise<UserRecord> {
  // The plugin's hook checks a given username on server-side sign-ups too (temetro's staff route).
  const problem = account.username === undefined ? null : usernameProblem(account.username);
  if (problem !== null) failBetterAuth(400, problem);
  // Better Auth's sign-up body schema checks the address with zod's email(), server-side calls too
  // (a staff placeholder like ".a.@<slug>.temetro.local" fails it).
  if (!z.email().safeParse(account.email).success) {
    throw new ReplyError({ status: 400, body: { code: "VALIDATION_ERROR", message: "[body.email] Invalid email address" } });
  }
  const { username, displayUsername } = requestedUsername(account);
  if (username !== null && findUserByUsername(ctx, username) !== undefined) failBetterAuth(400, "USERNAME_IS_ALREADY_TAKEN");
  if (findUserByEmail(ctx, account.email) !== undefined) failBetterAuth(422, "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL");
  const now = isoNow(ctx.clock);
  const user = await ctx.store.users.create({
    id: generateId(),
    name: account.name,
    email: account.email.toLowerCase(),
    emailVerified: false,
    image: account.image ?? null,
    createdAt: now,
    updatedAt: now,
    username,
    displayUsername,
  });
  setPassword(ctx, user.id, account.password);
  return user;
}

/** Whether the user has a credential account (a password) at all. */
export const hasCredential = (ctx: MockContext, userId: string): boolean => ctx.store.credentials.has(userId);

/** Whether a password is the user's (false for a user with no credential account). */
export const passwordMatches = (ctx: MockContext, userId: string, password: string): boolean => ctx.store.credentials.get(userId) === password;

/** Sets (or replaces) the user's credential password. */
export function setPassword(ctx: MockContext, userId: string, password: string): void {
  ctx.store.credentials.set(userId, password);
}

/** Applies changes to a stored user; the updated user, or undefined when no user has this id. */
export async function updateUserRecord(ctx: MockContext, userId: string, changes: Partial<UserRecord>): Promise<UserRecord | undefined> {
  const stored = ctx.store.users.findFirst(fieldsEqual({ id: userId }));
  if (stored === undefined) return undefined;
  return (await ctx.store.users.update(stored, { data: (draft) => void Object.assign(draft, changes) })) ?? stored;
}

/** Deletes a user with its sessions and credential, and (the database's cascades) its memberships and the invitations it sent. */
export function deleteAccount(ctx: MockContext, userId: string): void {
  revokeUserSessions(ctx, userId);
  ctx.store.credentials.delete(userId);
  ctx.store.members.deleteMany(fieldsEqual({ userId }));
  ctx.store.invitations.deleteMany(fieldsEqual({ inviterId: userId }));
  ctx.store.users.deleteMany(fieldsEqual({ id: userId }));
}
