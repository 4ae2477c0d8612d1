// Sessions as Better Auth keeps them: created on sign-in, read through the cookie cache, refreshed
// once a day, and landing in one of the user's clinics (temetro's session.create hook).
import { isoNow } from "./clock.ts";
import { SESSION_EXPIRES_IN_S, SESSION_UPDATE_AGE_S } from "./config.ts";
import { cookieNames, parseCookieHeader, unsignCookieValue } from "./cookies.ts";
import type { MockContext } from "./context.ts";
import { generateId } from "./ids.ts";
import { carriedSessionData, expiredCookie, readSessionDataCookie, sessionCookies, sessionDataCookies } from "./session-cookies.ts";
import type { SessionRecord, UserRecord } from "./store.ts";
import type { RequestHeaders } from "./mock-request.ts";
import { fieldsEqual } from "./fields-equal.ts";

export type SessionLookup = {
  session: SessionRecord;
  user: UserRecord;
  /** True when the answer came from the `session_data` cookie cache, not the store. */
  fromCookieCache: boolean;
  /** Cookies to set when the caller answers over HTTP (a refresh, or a renewed cookie cache). */
  setCookies: string[];
  dontRemember: boolean;
};

/** Creates a session for a user, defaulting the active clinic to one of their clinics. */
export async function createSession(
  ctx: MockContext,
  userId: string,
  client: { ipAddress: string | null; userAgent: string | null; dontRemember?: boolean },
): Promise<SessionRecord> {
  const now = isoNow(ctx.clock);
  const membership = ctx.store.members.findFirst(fieldsEqual({ userId }));
  const expiresIn = client.dontRemember ? SESSION_UPDATE_AGE_S : SESSION_EXPIRES_IN_S;
  const session = await ctx.store.sessions.create({
    id: generateId(),
    token: generateId(),
    userId,
    expiresAt: isoNow(ctx.clock, expiresIn * 1000),
    createdAt: now,
    updatedAt: now,
    ipAddress: client.ipAddress,
    userAgent: client.userAgent,
    activeOrganizationId: membership?.organizationId ?? null,
  });
  ctx.log(`[audit] session.created user=${userId} ip=${client.ipAddress || "-"}`);
  return session;
}

/** The Set-Cookie headers for a session of a user, answering a request with these headers (whose stale cache chunks they expire). */
export async function cookiesForSession(ctx: MockContext, session: SessionRecord, requestHeaders: RequestHeaders, dontRemember = false): Promise<string[]> {
  const user = ctx.store.users.findFirst(fieldsEqual({ id: session.userId }), { strict: true });
  return sessionCookies(ctx.config, session, user, ctx.clock.now(), requestHeaders, dontRemember);
}

/** The signed session token a request's cookies carry, or null. */
export async function sessionTokenOf(ctx: MockContext, headers: RequestHeaders): Promise<string | null> {
  const raw = parseCookieHeader(headers.get("cookie")).get(cookieNames(ctx.config).sessionToken);
  return raw === undefined ? null : unsignCookieValue(raw, ctx.config.secret);
}

/**
 * The session of a request, as Better Auth's getSession finds it: from the cookie cache (whole or
 * reassembled from its chunks) while it is fresh and matches the token, even when the session was
 * revoked since, else from the store. A cache that was sent but cannot be used is expired first.
 */
export async function lookupSession(ctx: MockContext, headers: RequestHeaders, options: { cookieCache?: boolean; disableRefresh?: boolean } = {}): Promise<SessionLookup | null> {
  const token = await sessionTokenOf(ctx, headers);
  if (token === null) return null;
  const names = cookieNames(ctx.config);
  const dontRemember = parseCookieHeader(headers.get("cookie")).has(names.dontRemember);
  const now = ctx.clock.now();
  const unusableCache: string[] = [];
  const raw = options.cookieCache === false ? undefined : carriedSessionData(ctx.config, headers);
  if (raw !== undefined) {
    const cached = await readSessionDataCookie(ctx.config, raw, now);
    if (cached !== null && cached.session.token === token && Date.parse(cached.session.expiresAt) > now) {
      return { session: cached.session, user: cached.user, fromCookieCache: true, setCookies: [], dontRemember };
    }
    unusableCache.push(expiredCookie(ctx.config, names.sessionData));
  }
  const stored = ctx.store.sessions.findFirst(fieldsEqual({ token }));
  if (stored === undefined) return null;
  if (Date.parse(stored.expiresAt) <= now) {
    ctx.store.sessions.delete(stored);
    return null;
  }
  const user = ctx.store.users.findFirst(fieldsEqual({ id: stored.userId }));
  if (user === undefined) return null;
  // A browser-session (dont_remember) read, or one with disableRefresh, neither refreshes nor re-issues the cache.
  if (dontRemember || options.disableRefresh === true) return { session: stored, user, fromCookieCache: false, setCookies: unusableCache, dontRemember };
  const due = Date.parse(stored.expiresAt) - SESSION_EXPIRES_IN_S * 1000 + SESSION_UPDATE_AGE_S * 1000 <= now;
  if (due) {
    const refreshed = await ctx.store.sessions.update(stored, {
      data(draft) {
        draft.expiresAt = isoNow(ctx.clock, SESSION_EXPIRES_IN_S * 1000);
        draft.updatedAt = isoNow(ctx.clock);
      },
    });
    const session = refreshed ?? stored;
    return { session, user, fromCookieCache: false, setCookies: [...unusableCache, ...(await sessionCookies(ctx.config, session, user, now, headers))], dontRemember };
  }
  return { session: stored, user, fromCookieCache: false, setCookies: [...unusableCache, ...(await sessionDataCookies(ctx.config, stored, user, now, headers))], dontRemember };
}
