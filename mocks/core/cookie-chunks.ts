// Better Auth's chunked cookies (its session store, D44): a value whose Set-Cookie would pass 4050
// bytes is split into `<name>.0`, `<name>.1`, …; writing it expires whatever the request carried
// under the name or its chunks and was not written again; reading joins the chunks by index.
import type { CookieOptions } from "./cookies.ts";
import { serializeCookie } from "./cookies.ts";

/** Better Auth's per-cookie ceiling: a little under Safari's 4093-byte floor. */
export const MAX_COOKIE_SIZE = 4050;
/** Past this many chunks Better Auth writes no cookie at all (it logs a warning). */
export const MAX_COOKIE_CHUNKS = 100;

/** The index of a chunk of `cookieName` (`<cookieName>.<n>`, n written plainly), or null. */
export function chunkIndex(cookieName: string, name: string): number | null {
  if (!name.startsWith(`${cookieName}.`)) return null;
  const suffix = name.slice(cookieName.length + 1);
  const index = Number(suffix);
  return Number.isSafeInteger(index) && index >= 0 && String(index) === suffix ? index : null;
}

/** The value of a cookie that may come in chunks: the whole cookie when sent, else its chunks joined by index. */
export function chunkedCookieValue(cookies: ReadonlyMap<string, string>, cookieName: string): string | undefined {
  const whole = cookies.get(cookieName);
  if (whole !== undefined && whole !== "") return whole;
  const chunks = [...cookies].flatMap(([name, value]) => {
    const index = chunkIndex(cookieName, name);
    return index === null ? [] : [{ index, value }];
  });
  if (chunks.length === 0) return undefined;
  return chunks.sort((a, b) => a.index - b.index).map((chunk) => chunk.value).join("");
}

/** The names the request carries for a cookie, whole or in chunks, in the request's order. */
export function carriedCookieNames(cookies: ReadonlyMap<string, string>, cookieName: string): string[] {
  return [...cookies.keys()].filter((name) => name === cookieName || chunkIndex(cookieName, name) !== null);
}

/** The largest value whose chunk Set-Cookie stays within the ceiling (measured with a two-digit index, as Better Auth does). */
export function chunkValueSize(cookieName: string, options: CookieOptions): number {
  return MAX_COOKIE_SIZE - serializeCookie(`${cookieName}.99`, "", options).length;
}

const expire = (name: string, options: CookieOptions) => serializeCookie(name, "", { ...options, maxAge: 0 });

/** Set-Cookie headers that expire every name the request carries for a cookie (Better Auth's store.clean()). */
export function expiredCookieChunks(cookieName: string, options: CookieOptions, requestCookies: ReadonlyMap<string, string>): string[] {
  return carriedCookieNames(requestCookies, cookieName).map((name) => expire(name, options));
}

/**
 * The Set-Cookie headers that write a value as Better Auth's store.chunk() does: the names the
 * request carried are expired in its order, a name written again takes its expiry's place, new
 * names follow; one cookie when it fits, chunks when not, none past MAX_COOKIE_CHUNKS.
 */
export function chunkedCookies(cookieName: string, value: string, options: CookieOptions, requestCookies: ReadonlyMap<string, string>): string[] {
  const written = new Map(carriedCookieNames(requestCookies, cookieName).map((name) => [name, expire(name, options)]));
  const size = chunkValueSize(cookieName, options);
  const count = size > 0 ? Math.ceil(value.length / size) : Infinity;
  if (count <= 1) written.set(cookieName, serializeCookie(cookieName, value, options));
  else if (count <= MAX_COOKIE_CHUNKS) {
    for (let index = 0; index < count; index++) {
      const name = `${cookieName}.${index}`;
      written.set(name, serializeCookie(name, value.slice(index * size, (index + 1) * size), options));
    }
  }
  return [...written.values()];
}
