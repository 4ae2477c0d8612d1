// The session cookies Better Auth sets: the signed token and the 5-minute cookie cache.
import type { MockConfig } from "./config.ts";
import { COOKIE_CACHE_MAX_AGE_S, SESSION_EXPIRES_IN_S } from "./config.ts";
import { base64UrlDecode, base64UrlEncode, cookieNames, parseCookieHeader, serializeCookie, signCookieValue, unsignCookieValue } from "./cookies.ts";
import type { RequestHeaders } from "./mock-request.ts";
import type { SessionRecord, UserRecord } from "./store.ts";

/** What the cookie cache holds: the session and user as they were when it was issued. */
export type CachedSession = { session: SessionRecord; user: UserRecord; expiresAt: number };

/** Better Auth's cookie cache without a Max-Age (rememberMe false) is trusted for 60 s, not 300. */
const BROWSER_SESSION_CACHE_S = 60;

/** The Set-Cookie header of the cookie cache for a session (a browser-session cookie when dontRemember). */
export async function sessionDataCookie(config: MockConfig, session: SessionRecord, user: UserRecord, now: number, dontRemember = false): Promise<string> {
  const lifetime = dontRemember ? BROWSER_SESSION_CACHE_S : COOKIE_CACHE_MAX_AGE_S;
  const payload = JSON.stringify({ session, user, expiresAt: now + lifetime * 1000 });
  const value = await signCookieValue(base64UrlEncode(payload), config.secret);
  const maxAge = dontRemember ? undefined : COOKIE_CACHE_MAX_AGE_S;
  return serializeCookie(cookieNames(config).sessionData, value, { maxAge, secure: config.secure });
}

/** The Set-Cookie headers of a new or refreshed session, in Better Auth's order: token, dont_remember when asked, cookie cache. */
export async function sessionCookies(
  config: MockConfig,
  session: SessionRecord,
  user: UserRecord,
  now: number,
  dontRemember = false,
): Promise<string[]> {
  const names = cookieNames(config);
  const token = serializeCookie(names.sessionToken, await signCookieValue(session.token, config.secret), {
    maxAge: dontRemember ? undefined : SESSION_EXPIRES_IN_S,
    secure: config.secure,
  });
  const cookies = [token];
  if (dontRemember) cookies.push(serializeCookie(names.dontRemember, await signCookieValue("true", config.secret), { secure: config.secure }));
  cookies.push(await sessionDataCookie(config, session, user, now, dontRemember));
  return cookies;
}

/**
 * Set-Cookie headers that expire every session cookie. Like Better Auth, a request that carried the
 * cookie cache gets its expiry twice (once more from the cache's chunk clean-up).
 */
export function clearedSessionCookies(config: MockConfig, requestHeaders?: RequestHeaders): string[] {
  const names = cookieNames(config);
  const expire = (name: string) => serializeCookie(name, "", { maxAge: 0, secure: config.secure });
  const carriedCache = parseCookieHeader(requestHeaders?.get("cookie") ?? null).has(names.sessionData);
  const cache = carriedCache ? [expire(names.sessionData), expire(names.sessionData)] : [expire(names.sessionData)];
  return [expire(names.sessionToken), ...cache, expire(names.dontRemember)];
}

/** The cookie cache's content, or null when it is missing, tampered with or expired. */
export async function readSessionDataCookie(config: MockConfig, raw: string | undefined, now: number): Promise<CachedSession | null> {
  if (raw === undefined) return null;
  const encoded = await unsignCookieValue(raw, config.secret);
  const payload = encoded === null ? null : base64UrlDecode(encoded);
  if (payload === null) return null;
  const cached: CachedSession = JSON.parse(payload);
  return cached.expiresAt > now ? cached : null;
}
