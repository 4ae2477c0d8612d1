// A user's sessions as Better Auth's internal adapter handles them: listing the live ones and
// revoking them (all, or all but one).
import type { MockContext } from "../core/context.ts";
import type { SessionRecord } from "../core/store.ts";
import { fieldsEqual, recordsWhere } from "../core/fields-equal.ts";

export type { SessionRecord };

/** The user's sessions that have not expired by the mock's clock, oldest first. */
export function activeSessionsOf(ctx: MockContext, userId: string): SessionRecord[] {
  const now = ctx.clock.now();
  return ctx.store.sessions.findMany(fieldsEqual({ userId })).filter((session) => Date.parse(session.expiresAt) > now);
}

/** Deletes every session of the user, or every one but the session with `keepToken`. */
export function revokeUserSessions(ctx: MockContext, userId: string, keepToken?: string): void {
  ctx.store.sessions.deleteMany(recordsWhere((session) => session.userId === userId && session.token !== keepToken));
}

/** Deletes the session with this token, whoever's it is (sign-out). */
export function endSession(ctx: MockContext, token: string): void {
  ctx.store.sessions.deleteMany(fieldsEqual({ token }));
}

/** Deletes the user's session with this token; another user's token is left alone. */
export function revokeUserSession(ctx: MockContext, userId: string, token: string): void {
  ctx.store.sessions.deleteMany(fieldsEqual({ token, userId }));
}
