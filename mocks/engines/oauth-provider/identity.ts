// Who signs in at the mock provider: the address a `login_hint` names, or the provider's default
// user. The subject is derived from provider and address, so the same person keeps the same `sub`
// across sign-ins, resets and restarts, as at a real provider.
import { sha256 } from "./web-crypto.ts";

export type Identity = { sub: string; email: string; email_verified: true; name: string };

/** A plausible address: something@domain.tld, without spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The address signed in when the authorization request names none. */
export function defaultEmail(provider: string): string {
  return `${provider}-user@example.com`;
}

/** Whether a `login_hint` can name an identity. */
export function isEmail(hint: string): boolean {
  return EMAIL.test(hint);
}

/** The identity of `email` at `provider`: a stable subject, the address verified, the name its local part. */
export async function identityOf(provider: string, email: string): Promise<Identity> {
  const address = email.trim().toLowerCase();
  const digest = await sha256(`${provider}:${address}`);
  const sub = Array.from(digest.subarray(0, 12), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return { sub, email: address, email_verified: true, name: address.split("@")[0] ?? address };
}
