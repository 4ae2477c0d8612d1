// The session cookies Better Auth sets: the signed token and the 5-minute cookie cache, written in
// Better Auth's "compact" form and split into chunks when it outgrows one cookie (D44).
import { isRecord } from "#openapi";
import type { MockConfig } from "./config.ts";
import { COOKIE_CACHE_MAX_AGE_S, SESSION_EXPIRES_IN_S } from "./config.ts";
import { chunkedCookies, chunkedCookieValue, expiredCookieChunks } from "./cookie-chunks.ts";
import { base64UrlDecode, base64UrlEncode, cookieNames, parseCookieHeader, serializeCookie, sign, signCookieValue, unsignCookieValue } from "./cookies.ts";
import type { SessionRecord, UserRecord } from "./store.ts";
import type { RequestHeaders } from "./mock-request.ts";

/** What the cookie cache holds: the session and user as they were when it was issued. */
export type CachedSession = { session: SessionRecord; user: UserRecord; expiresAt: number };

/** Better Auth's cookie cache without a Max-Age (rememberMe false) is trusted for 60 s, not 300. */
const BROWSER_SESSION_CACHE_S = 60;

/** HMAC-SHA-256, base64url without padding, as Better Auth signs the compact cookie cache. */
const signCompact = async (text: string, secret: string) => (await sign(text, secret)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** The cookie cache's value: base64url of `{session: {session, user, updatedAt, version}, expiresAt, signature}`. */
async function compactCacheValue(config: MockConfig, session: SessionRecord, user: UserRecord, now: number, expiresAt: number): Promise<string> {
  const sessionData = { session, user, updatedAt: now, version: "1" };
  const signature = await signCompact(JSON.stringify({ ...sessionData, expiresAt }), config.secret);
  return base64UrlEncode(JSON.stringify({ session: sessionData, expiresAt, signature }));
}

/**
 * The Set-Cookie headers of the cookie cache for a session (a browser-session cookie when
 * dontRemember): one cookie, or its chunks, after the expiry of what the request carried.
 */
export async function sessionDataCookies(config: MockConfig, session: SessionRecord, user: UserRecord, now: number, requestHeaders: RequestHeaders, dontRemember = false): Promise<string[]> {
  const lifetime = dontRemember ? BROWSER_SESSION_CACHE_S : COOKIE_CACHE_MAX_AGE_S;
  const value = await compactCacheValue(config, session, user, now, now + lifetime * 1000);
  const options = { maxAge: dontRemember ? undefined : COOKIE_CACHE_MAX_AGE_S, secure: config.secure };
  return chunkedCookies(cookieNames(config).sessionData, value, options, parseCookieHeader(requestHeaders.get("cookie")));
}

/**
 * The Set-Cookie headers of a new or refreshed session, in Better Auth's order: token, then
 * dont_remember when asked (or its expiry when the request carried one), then the cookie cache.
 */
export async function sessionCookies(config: MockConfig, session: SessionRecord, user: UserRecord, now: number, requestHeaders: RequestHeaders, dontRemember = false): Promise<string[]> {
  const names = cookieNames(config);
  const token = serializeCookie(names.sessionToken, await signCookieValue(session.token, config.secret), {
    maxAge: dontRemember ? undefined : SESSION_EXPIRES_IN_S,
    secure: config.secure,
  });
  const cookies = [token];
  const carriedDontRemember = parseCookieHeader(requestHeaders.get("cookie")).get(names.dontRemember);
  if (dontRemember) cookies.push(serializeCookie(names.dontRemember, await signCookieValue("true", config.secret), { secure: config.secure }));
  else if (carriedDontRemember !== undefined && (await unsignCookieValue(carriedDontRemember, config.secret)) !== null) cookies.push(expiredCookie(config, names.dontRemember));
  cookies.push(...(await sessionDataCookies(config, session, user, now, requestHeaders, dontRemember)));
  return cookies;
}

/** A Set-Cookie header that expires one cookie. */
export const expiredCookie = (config: MockConfig, name: string) => serializeCookie(name, "", { maxAge: 0, secure: config.secure });

/**
 * Set-Cookie headers that expire every session cookie. Like Better Auth, the cookie cache is
 * expired by name, and then each name the request carried for it (whole or in chunks) once more.
 */
export function clearedSessionCookies(config: MockConfig, requestHeaders?: RequestHeaders): string[] {
  const names = cookieNames(config);
  const carried = expiredCookieChunks(names.sessionData, { secure: config.secure }, parseCookieHeader(requestHeaders?.get("cookie") ?? null));
  return [expiredCookie(config, names.sessionToken), expiredCookie(config, names.sessionData), ...carried, expiredCookie(config, names.dontRemember)];
}

/** The cookie cache a request carries, whole or reassembled from its chunks, or undefined. */
export function carriedSessionData(config: MockConfig, requestHeaders: RequestHeaders): string | undefined {
  return chunkedCookieValue(parseCookieHeader(requestHeaders.get("cookie")), cookieNames(config).sessionData);
}

/** The compact cookie cache as this mock writes it. */
type CompactCache = { session: { session: SessionRecord; user: UserRecord; updatedAt: number; version: string }; expiresAt: number; signature: string };

/** The compact cache's JSON when it has the compact shape (Better Auth's compactCookieCacheSchema), else null. */
function parseCompactCache(raw: string): CompactCache | null {
  const text = base64UrlDecode(raw);
  let parsed: CompactCache | null = null;
  try {
    parsed = text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
  const fits = isRecord(parsed) && isRecord(parsed.session) && typeof parsed.expiresAt === "number" && typeof parsed.signature === "string";
  return fits ? parsed : null;
}

/** The cookie cache's content, or null when it is malformed, tampered with or expired. */
export async function readSessionDataCookie(config: MockConfig, raw: string | undefined, now: number): Promise<CachedSession | null> {
  const parsed = raw === undefined ? null : parseCompactCache(raw);
  if (parsed === null) return null;
  const { session: sessionData, expiresAt, signature } = parsed;
  if ((await signCompact(JSON.stringify({ ...sessionData, expiresAt }), config.secret)) !== signature) return null;
  if (!isRecord(sessionData.session) || !isRecord(sessionData.user) || typeof sessionData.updatedAt !== "number") return null;
  return expiresAt > now ? { session: sessionData.session, user: sessionData.user, expiresAt } : null;
}
