// The few Web Crypto steps the mock provider needs (random values, SHA-256, HMAC-SHA256, base64url),
// so it runs unchanged in Node and in a browser tab.
const encoder = new TextEncoder();

/** Bytes as base64url without padding (RFC 4648 §5), the encoding of JWTs and PKCE challenges. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** Decodes base64url (padding optional); throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** `length` random bytes as base64url: codes and access tokens. */
export function randomToken(length = 32): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(length)));
}

/** SHA-256 of a UTF-8 string. */
export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

/** HMAC-SHA256 of a UTF-8 string under a UTF-8 key. */
export async function hmacSha256(key: string, text: string): Promise<Uint8Array> {
  const hmac = await crypto.subtle.importKey("raw", encoder.encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", hmac, encoder.encode(text)));
}
