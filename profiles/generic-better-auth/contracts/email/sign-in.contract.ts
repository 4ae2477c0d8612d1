// SIGNIN: email sign-in. An unverified email is refused (403 EMAIL_NOT_VERIFIED); a wrong password
// and an unknown address answer alike; a verified user gets the session cookie and the user with plan.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { cookieAttributes, sessionCookieNames, setCookiesNamed } from "#contracts/states/account";
import { newIdentity } from "#targets/identities";
import { bodyOf, signedUp, verifiedUser } from "../profile-states.ts";

const INVALID = { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" };

describe("POST /api/auth/sign-in/email", () => {
  check("SIGNIN-UNVERIFIED-REFUSED", "refuses the right password of an unverified email with 403 EMAIL_NOT_VERIFIED and sets no session", async ({ given, actor }) => {
    const { identity } = await given(signedUp("unverified"));
    const exchange = await actor("device").request("/api/auth/sign-in/email", { json: { email: identity.email, password: identity.password } });
    expect(exchange.status).toBe(403);
    expect(exchange.body).toEqual({ code: "EMAIL_NOT_VERIFIED", message: "Email not verified" });
  });

  check("SIGNIN-WRONG-PASSWORD", "answers a wrong password and an unknown address with the same 401 INVALID_EMAIL_OR_PASSWORD", async ({ given, actor }) => {
    const { identity } = await given(verifiedUser("wrong password"));
    const wrong = await actor("guesser").request("/api/auth/sign-in/email", { json: { email: identity.email, password: "not-the-password-0" } });
    const unknown = await actor("guesser 2").request("/api/auth/sign-in/email", { json: { email: newIdentity("nobody").email, password: "not-the-password-0" } });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(INVALID);
    expect(unknown.body).toEqual(INVALID);
  });

  check("SIGNIN-VERIFIED", "signs a verified user in: 200 with the token and the user (plan free), and the session cookie HttpOnly, SameSite=Lax, 7 days", async ({ given, actor, target }) => {
    const { identity, userId } = await given(verifiedUser("sign in"));
    const exchange = await actor("device").request("/api/auth/sign-in/email", { json: { email: identity.email, password: identity.password } });
    const body = bodyOf(exchange, "signInEmail", 200);
    expect(body).toMatchObject({ redirect: false, user: { id: userId, emailVerified: true, plan: "free" } });
    const [token] = setCookiesNamed(exchange, sessionCookieNames(target).token);
    expect(token, "the session token cookie").toBeDefined();
    expect(cookieAttributes(token ?? "")).toMatchObject({ "max-age": "604800", path: "/", httponly: "", samesite: "Lax" });
  });
});
