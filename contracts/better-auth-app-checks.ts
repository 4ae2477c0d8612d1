// Checks every Better Auth app profile runs alike, from the library's built-in behaviour: the
// sign-in rate limit, the origin check on sign-in, signing out, and the signed-out session read. A
// profile's contract file calls each inside its describe, with its own states; `after` lets it add
// what its seed says (an advisory citing its decision log).
import { expect } from "vitest";
import { check } from "./harness.ts";
import type { CheckContext } from "./harness.ts";
import { cookieAttributes, sessionCookieNames, setCookiesNamed } from "./states/account.ts";
import type { State } from "./states/state.ts";
import { newIdentity } from "#targets/identities";
import type { Identity } from "#targets/identities";
import type { Actor } from "#targets/target";

type SignedInState = (label: string) => State<{ actor: Actor; identity: Identity }>;
type After = (context: CheckContext) => void;

/** RATE-SIGN-IN-EMAIL: the 4th sign-in in 10 s from one client IP is 429 {message}, with X-Retry-After; another IP is not limited. */
export function checkSignInRateLimit(after?: After): void {
  check("RATE-SIGN-IN-EMAIL", "answers the 4th sign-in within 10 seconds from one client IP with 429, a message and X-Retry-After; another IP is not limited", async (context) => {
    const client = context.actor("guesser");
    const body = { json: { email: newIdentity("rate").email, password: "not-the-password-0" } };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.request("/api/auth/sign-in/email", body)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await client.request("/api/auth/sign-in/email", body);
    expect(limited.body).toEqual({ message: "Too many requests. Please try again later." });
    expect(Number(limited.headers.get("x-retry-after"))).toBeGreaterThan(0);
    expect((await context.actor("someone else").request("/api/auth/sign-in/email", body)).status).toBe(401);
    after?.(context);
  }, { requires: ["own-client-ip", "not-safe-mode"] });
}

/** ORIGIN-FOREIGN-SIGN-IN: a sign-in from a foreign Origin is 403 INVALID_ORIGIN, even with the right password. */
export function checkForeignOriginSignIn(verifiedUser: SignedInState): void {
  check("ORIGIN-FOREIGN-SIGN-IN", "refuses a sign-in from a foreign Origin with 403 INVALID_ORIGIN", async ({ given, actor }) => {
    const { identity } = await given(verifiedUser("origin"));
    const exchange = await actor("foreign page").request("/api/auth/sign-in/email", { json: { email: identity.email, password: identity.password }, origin: "https://evil.example" });
    expect(exchange.status).toBe(403);
    expect(exchange.body).toEqual({ code: "INVALID_ORIGIN", message: "Invalid origin" });
  });
}

/** SESSION-SIGN-OUT: {success: true}, the session cookie expired, and the session gone for a copy of the cookies too. */
export function checkSignOut(verifiedUser: SignedInState): void {
  check("SESSION-SIGN-OUT", "answers {success: true}, expires the session cookie (Max-Age=0), and the session is gone", async ({ given, target }) => {
    const { actor } = await given(verifiedUser("sign out"));
    const copy = await actor.copy({ label: "copied cookies" });
    const exchange = await actor.request("/api/auth/sign-out", { json: {} });
    expect([exchange.status, exchange.body]).toEqual([200, { success: true }]);
    const [expired] = setCookiesNamed(exchange, sessionCookieNames(target).token);
    expect(cookieAttributes(expired ?? "")["max-age"]).toBe("0");
    expect((await actor.request("/api/auth/get-session")).text).toBe("null");
    expect((await copy.request("/api/auth/get-session")).text, "the old cookie elsewhere").toBe("null");
  });
}

/** SESSION-SIGNED-OUT-NULL: get-session without a session is 200 with the body null. */
export function checkSignedOutSession(): void {
  check("SESSION-SIGNED-OUT-NULL", "answers a caller without a session 200 with the body null", async ({ actor }) => {
    const exchange = await actor("visitor").request("/api/auth/get-session");
    expect([exchange.status, exchange.text]).toEqual([200, "null"]);
  });
}

/** SIGNUP-SENDS-VERIFICATION: sign-up sends one verification email, its link /api/auth/verify-email?token=<the mail's token>. */
export function checkSignUpSendsVerification(signedUp: SignedInState): void {
  check("SIGNUP-SENDS-VERIFICATION", "sends one verification email whose link is /api/auth/verify-email?token=…", async ({ given, target }) => {
    const { identity } = await given(signedUp("mail"));
    const mails = (await target.mailbox(identity.email)).filter((mail) => mail.kind === "verify-email");
    expect(mails).toHaveLength(1);
    expect(new URL(mails[0]?.url ?? "").pathname).toBe("/api/auth/verify-email");
    expect(new URL(mails[0]?.url ?? "").searchParams.get("token")).toBe(mails[0]?.token);
  }, { requires: ["mailbox"] });
}

/** VERIFY-BAD-TOKEN: a verification token that is not one is 401 INVALID_TOKEN. */
export function checkVerifyBadToken(): void {
  check("VERIFY-BAD-TOKEN", "refuses a token that is not one with 401 INVALID_TOKEN", async ({ actor }) => {
    const exchange = await actor("visitor").request("/api/auth/verify-email?token=not-a-token");
    expect(exchange.status).toBe(401);
    expect(exchange.body).toEqual({ code: "INVALID_TOKEN", message: "Invalid token" });
  });
}
