// Email verification as Better Auth does it: the token is an HS256 JWT of {email, userId} valid
// for an hour (not stored, so not spent by use), mailed as a link to GET /api/auth/verify-email.
import { isoNow } from "../core/clock.ts";
import { VERIFY_TOKEN_EXPIRES_IN_S } from "../core/config.ts";
import type { MockContext } from "../core/context.ts";
import { base64UrlDecode, base64UrlEncode, sign } from "../core/cookies.ts";
import type { UserRecord } from "../core/store.ts";
import { authUrl } from "./auth-links.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

export type VerificationClaims = { email: string; userId: string | undefined };
export type VerificationFailure = "INVALID_TOKEN" | "TOKEN_EXPIRED";

const HEADER = base64UrlEncode(JSON.stringify({ alg: "HS256" }));
const toBase64Url = (base64: string): string => base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** A signed verification token for a user, expiring an hour from the mock's now. */
export async function createVerificationToken(ctx: MockContext, user: UserRecord): Promise<string> {
  const iat = Math.floor(ctx.clock.now() / 1000);
  const payload = base64UrlEncode(JSON.stringify({ email: user.email.toLowerCase(), userId: user.id, iat, exp: iat + VERIFY_TOKEN_EXPIRES_IN_S }));
  return `${HEADER}.${payload}.${toBase64Url(await sign(`${HEADER}.${payload}`, ctx.config.secret))}`;
}

/** The claims of a verification token, or why it is refused (a bad signature or shape, or expiry by the mock's clock). */
export async function readVerificationToken(ctx: MockContext, token: string): Promise<VerificationClaims | VerificationFailure> {
  const [header, payload, signature, ...rest] = token.split(".");
  if (header !== HEADER || payload === undefined || signature === undefined || rest.length > 0) return "INVALID_TOKEN";
  if (toBase64Url(await sign(`${header}.${payload}`, ctx.config.secret)) !== signature) return "INVALID_TOKEN";
  const text = base64UrlDecode(payload);
  let claims: unknown;
  try {
    claims = text === null ? null : JSON.parse(text);
  } catch {
    return "INVALID_TOKEN";
  }
  if (typeof claims !== "object" || claims === null) return "INVALID_TOKEN";
  const email: unknown = Reflect.get(claims, "email");
  const userId: unknown = Reflect.get(claims, "userId");
  const exp: unknown = Reflect.get(claims, "exp");
  if (typeof email !== "string" || typeof exp !== "number") return "INVALID_TOKEN";
  if (exp <= Math.floor(ctx.clock.now() / 1000)) return "TOKEN_EXPIRED";
  return { email, userId: typeof userId === "string" ? userId : undefined };
}

/** Mails a verification link, as Better Auth does on sign-up (sendOnSignUp) and on request. */
export async function sendVerificationEmail(ctx: MockContext, user: UserRecord, callbackURL?: string): Promise<void> {
  const token = await createVerificationToken(ctx, user);
  ctx.outbox.send({
    to: user.email,
    kind: "verify-email",
    subject: "Verify your email for temetro",
    url: authUrl(ctx, `/verify-email?token=${token}&callbackURL=${encodeURIComponent(callbackURL || "/")}`),
    token,
  });
}

/** Marks a user's email verified; the updated user, or undefined when the user is gone. */
export function markEmailVerified(ctx: MockContext, userId: string): Promise<UserRecord | undefined> {
  return ctx.store.users.update(fieldsEqual({ id: userId }), {
    data(draft) {
      draft.emailVerified = true;
      draft.updatedAt = isoNow(ctx.clock);
    },
  });
}
