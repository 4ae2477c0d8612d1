// The document's own rules beside Auth.js, as data both deployments read: how an organization's slug
// and a user's display name are made, how long an emailed token lives, and the emails themselves.

/** A verification link lives a day, a reset link an hour; each is used once. */
export const TOKEN_LIFETIME_MS = { "verify-email": 24 * 60 * 60 * 1000, "reset-password": 60 * 60 * 1000 } as const;
export type MailKind = keyof typeof TOKEN_LIFETIME_MS;

/** The messages of the custom routes' answers and errors (AJ09, AJ10). */
export const MESSAGES = {
  registered: "Account created successfully. Please check your email to verify your account.",
  validationFailed: "Validation failed",
  emailTaken: "Email already registered",
  invalidToken: "Invalid or expired token",
} as const;

/** The slug a new organization's name asks for: lower case, every other run of characters one dash. */
export function slugOf(name: string): string {
  const slug = name.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug === "" ? "organization" : slug;
}

/** The first of `slug`, `slug-2`, `slug-3`, … that `taken` says is free (AJ11). */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  if (!taken(slug)) return slug;
  let suffix = 2;
  while (taken(`${slug}-${suffix}`)) suffix += 1;
  return `${slug}-${suffix}`;
}

/** The session's `name`: first and last name as registered. */
export function displayNameOf(user: { firstName: string; lastName: string }): string {
  return `${user.firstName} ${user.lastName}`;
}

/** An email the app sends: what the dev outbox lists (without its id and time). */
export type OrgMail = { to: string; kind: MailKind; subject: string; url: string; token: string };

const SUBJECTS: Record<MailKind, string> = { "verify-email": "Verify your email", "reset-password": "Reset your password" };

/** The email of a kind carrying `token`: its link opens the frontend's page of that name. */
export function mailOf(kind: MailKind, to: string, token: string, frontendOrigin: string): OrgMail {
  const url = new URL(`/${kind}`, frontendOrigin);
  url.searchParams.set("token", token);
  return { to, kind, subject: SUBJECTS[kind], url: url.toString(), token };
}
