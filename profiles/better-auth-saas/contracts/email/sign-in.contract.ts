// SIGNIN: email sign-in. A verified user gets the session cookie; a wrong password and an unknown
// address answer alike (401); an unverified user is signed in and gets the verification email again (BS04).
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { cookieAttributes, sessionCookieNames, setCookiesNamed } from "#contracts/states/account";
import { newIdentity } from "#targets/identities";
import { reportDifference } from "../document-differences.ts";
import { bodyOf, signedUp, verifiedUser } from "../profile-states.ts";

const INVALID = { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" };

describe("POST /api/auth/sign-in/email", () => {
  check("SIGNIN-VERIFIED", "signs a verified user in: 200 {redirect, token, user}, no session or subscription object (BS09), the session cookie HttpOnly, SameSite=Lax, 7 days", async (context) => {
    const { identity, userId } = await context.given(verifiedUser("sign in"));
    const exchange = await context.actor("device").request("/api/auth/sign-in/email", { json: { email: identity.email, password: identity.password } });
    const body = bodyOf(exchange, "signInEmail", 200);
    expect(body).toMatchObject({ redirect: false, user: { id: userId, emailVerified: true } });
    expect(exchange.body).not.toHaveProperty("subscription");
    const [token] = setCookiesNamed(exchange, sessionCookieNames(context.target).token);
    expect(cookieAttributes(token ?? "")).toMatchObject({ "max-age": "604800", path: "/", httponly: "", samesite: "Lax" });
    reportDifference(context, "BS09");
  });

  check("SIGNIN-WRONG-PASSWORD", "answers a wrong password and an unknown address with the same 401 INVALID_EMAIL_OR_PASSWORD, not INVALID_CREDENTIALS (BS12)", async (context) => {
    const { identity } = await context.given(verifiedUser("wrong password"));
    const wrong = await context.actor("guesser").request("/api/auth/sign-in/email", { json: { email: identity.email, password: "not-the-password-0" } });
    const unknown = await context.actor("guesser 2").request("/api/auth/sign-in/email", { json: { email: newIdentity("nobody").email, password: "not-the-password-0" } });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(INVALID);
    expect(unknown.body).toEqual(INVALID);
    reportDifference(context, "BS12");
  });

  check("SIGNIN-UNVERIFIED-RESENDS", "signs an unverified user in and emails the verification link again; a verified user's sign-in sends none (BS04)", async ({ given, actor, target }) => {
    const { identity } = await given(signedUp("unverified"));
    const exchange = await actor("device").request("/api/auth/sign-in/email", { json: { email: identity.email, password: identity.password } });
    expect(bodyOf(exchange, "signInEmail", 200).user.emailVerified).toBe(false);
    const mails = (await target.mailbox(identity.email)).filter((mail) => mail.kind === "verify-email");
    expect(mails, "the sign-up's email and the sign-in's").toHaveLength(2);
    expect(new URL(mails[1]?.url ?? "").pathname).toBe("/api/auth/verify-email");
    const verified = await given(verifiedUser("verified"));
    await actor("device 2").request("/api/auth/sign-in/email", { json: { email: verified.identity.email, password: verified.identity.password } });
    expect((await target.mailbox(verified.identity.email)).filter((mail) => mail.kind === "verify-email")).toHaveLength(1);
  }, { requires: ["mailbox"] });
});
