// Who signs in at the local OpenID Connect provider: the person the app's `login_hint` names, or a fixed default.
import { createHash } from "node:crypto";

/** The claims the provider vouches for (id_token and userinfo alike). */
export type ProviderIdentity = { sub: string; email: string; email_verified: true; name: string };

/** Who signs in when the authorize request carries no `login_hint`. */
export const DEFAULT_SIGN_IN_EMAIL = "oauth.user@example.com";

/**
 * The identity for a `login_hint` (an email address), or the default one without a usable hint.
 * The same address always gives the same `sub`, so a second sign-in finds the same account.
 */
export function identityFor(loginHint: string | undefined): ProviderIdentity {
  const hint = loginHint?.trim().toLowerCase();
  const email = hint && hint.includes("@") ? hint : DEFAULT_SIGN_IN_EMAIL;
  const sub = `sub-${createHash("sha256").update(email).digest("hex").slice(0, 24)}`;
  return { sub, email, email_verified: true, name: nameFromAddress(email) };
}

/** `jane.doe+x@example.com` → "Jane Doe X": the local part's words, capitalised. */
function nameFromAddress(email: string): string {
  const local = email.slice(0, email.indexOf("@"));
  const words = local.split(/[._+-]+/).filter(Boolean);
  return words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(" ") || local;
}
