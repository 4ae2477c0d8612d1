// Cookie names, attributes and signing as Better Auth uses them.
import type { MockConfig } from "./config.ts";

export type CookieOptions = { maxAge?: number; path?: string; httpOnly?: boolean; sameSite?: "Lax" | "Strict" | "None"; secure?: boolean };

/** The names of the session cookies for this deployment (`__Secure-` prefixed over https). */
export function cookieNames(config: MockConfig) {
  const prefix = config.secure ? "__Secure-" : "";
  return {
    sessionToken: `${prefix}better-auth.session_token`,
    sessionData: `${prefix}better-auth.session_data`,
    dontRemember: `${prefix}better-auth.dont_remember`,
  };
}

/** One Set-Cookie header value. */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`];
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  parts.push(`Path=${options.path ?? "/"}`);
  if (options.httpOnly !== false) parts.push("HttpOnly");
  if (options.secure) parts.push("Secure");
  parts.push(`SameSite=${options.sameSite ?? "Lax"}`);
  return parts.join("; ");
}

/** The cookies of a Cookie request header, by name (the first value wins, as Better Auth reads them). */
export function parseCookieHeader(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? "").split(";")) {
    const index = pair.indexOf("=");
    if (index <= 0) continue;
    const name = pair.slice(0, index).trim();
    if (!cookies.has(name)) cookies.set(name, pair.slice(index + 1).trim());
  }
  return cookies;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const keyCache = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keyCache.get(secret);
  if (key === undefined) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    keyCache.set(secret, key);
  }
  return key;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

// Every request re-verifies the session cookies it carries, so most signatures asked for were
// computed before: remembered ones are answered at once (the same HMAC either way). Bounded,
// oldest out first.
const SIGNATURES_KEPT = 20_000;
const signatures = new Map<string, Promise<string>>();
// Under Node, node:crypto signs synchronously in a few microseconds; WebCrypto (all a browser has)
// costs a round trip through its argument checks and thread pool, some 15 times as long.
const nodeCrypto = typeof process === "undefined" ? undefined : process.getBuiltinModule?.("node:crypto");

/** HMAC-SHA-256 of a value, base64. */
export function sign(value: string, secret: string): Promise<string> {
  const key = `${secret}\u0000${value}`;
  let signature = signatures.get(key);
  if (signature === undefined) {
    signature = nodeCrypto === undefined
      ? hmacKey(secret).then((hmac) => crypto.subtle.sign("HMAC", hmac, encoder.encode(value))).then((bytes) => toBase64(new Uint8Array(bytes)))
      : Promise.resolve(nodeCrypto.createHmac("sha256", secret).update(value).digest("base64"));
    remember(signatures, key, signature, SIGNATURES_KEPT);
  }
  return signature;
}

/** `value.signature`, URL-encoded, as Better Auth signs the session token cookie. */
export async function signCookieValue(value: string, secret: string): Promise<string> {
  return encodeURIComponent(`${value}.${await sign(value, secret)}`);
}

/** Keeps a value in a cache of at most `limit` entries (the oldest goes first, so a mock serving many clients stays small); returns it. */
function remember<V>(cache: Map<string, V>, key: string, value: V, limit = 1024): V {
  if (cache.size >= limit) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, value);
  return value;
}

/**
 * Signed cookie values already checked, per secret: a client sends the same cookies on every
 * request, so each is verified once (an HMAC cost more than the rest of a cached-session read).
 */
const checked = new Map<string, Map<string, string | null>>();

/** The value of a signed cookie, or null when the signature does not match. */
export async function unsignCookieValue(raw: string, secret: string): Promise<string | null> {
  let known = checked.get(secret);
  if (known === undefined) checked.set(secret, (known = new Map()));
  const value = known.get(raw);
  return value !== undefined ? value : remember(known, raw, await verifySignedValue(raw, secret));
}

async function verifySignedValue(raw: string, secret: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const index = decoded.lastIndexOf(".");
  if (index <= 0) return null;
  const value = decoded.slice(0, index);
  return (await sign(value, secret)) === decoded.slice(index + 1) ? value : null;
}

/** base64url of a UTF-8 string. */
export function base64UrlEncode(text: string): string {
  return toBase64(encoder.encode(text)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Cookie-cache payloads already decoded: like the signatures, the same few come back on every request. */
const decodedPayloads = new Map<string, string | null>();

/** The UTF-8 string of a base64url value, or null when it is not one. */
export function base64UrlDecode(value: string): string | null {
  const known = decodedPayloads.get(value);
  return known !== undefined ? known : remember(decodedPayloads, value, decodeBase64Url(value));
}

function decodeBase64Url(value: string): string | null {
  try {
    const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
