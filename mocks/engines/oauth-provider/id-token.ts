// The provider's id_token: a JWT signed HS256 with the client's secret (OpenID Connect Core §10.1
// allows a symmetric key for confidential clients), and the reading of a JWT's claims without
// checking the signature, which is what Better Auth does for a provider configured without discovery.
import { fromBase64Url, hmacSha256, toBase64Url } from "./web-crypto.ts";

export type IdTokenClaims = Record<string, unknown> & { sub: string; aud: string; iss: string; iat: number; exp: number };

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const segment = (value: object) => toBase64Url(encoder.encode(JSON.stringify(value)));

/** Signs the claims as a compact JWS (HS256) under `secret`. */
export async function signIdToken(claims: IdTokenClaims, secret: string): Promise<string> {
  const unsigned = `${segment({ alg: "HS256", typ: "JWT" })}.${segment(claims)}`;
  return `${unsigned}.${toBase64Url(await hmacSha256(secret, unsigned))}`;
}

/** The claims of a compact JWT, or null when it is not one; the signature is not checked. */
export function readJwtClaims(token: string): Record<string, unknown> | null {
  const payload = token.split(".")[1];
  if (payload === undefined) return null;
  try {
    const claims: unknown = JSON.parse(decoder.decode(fromBase64Url(payload)));
    return typeof claims === "object" && claims !== null && !Array.isArray(claims) ? Object.fromEntries(Object.entries(claims)) : null;
  } catch {
    return null;
  }
}
