// Set-Cookie lists combined as Better Auth combines the headers of a response.
import type { Reply } from "../reply.ts";

/**
 * Better Auth's header merge: a cookie expired later in the response drops the earlier Set-Cookie
 * entries of that name (removeSetCookieEntries); anything else is appended in order.
 */
export function mergeSetCookies(first: string[], second: string[]): string[] {
  const nameOf = (cookie: string) => cookie.slice(0, cookie.indexOf("="));
  const expired = new Set(second.filter((cookie) => /;\s*Max-Age=0(;|$)/i.test(cookie)).map(nameOf));
  return [...first.filter((cookie) => !expired.has(nameOf(cookie))), ...second];
}

/** A reply carrying cookies set earlier in the request before its own (unchanged when there are none). */
export const withEarlierCookies = (cookies: string[], reply: Reply): Reply =>
  cookies.length === 0 ? reply : { ...reply, cookies: mergeSetCookies(cookies, reply.cookies ?? []) };
