// ACCOUNT: sign-in by email and by username (case-insensitive), wrong credentials, and rememberMe.
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { sharedState } from "#contracts/states/shared-state";
import { account, cookieAttributes, expectSessionCookieAttributes, sessionCookieNames, setCookiesNamed } from "#contracts/states/account";

// A wrong password is refused and changes nothing, so those checks share one user.
const readOnlyUser = sharedState("a signed-in user with no clinic, read only");

describe("POST /api/auth/sign-in/email", () => {
  const PATH = "/api/auth/sign-in/email";

  check("ACCOUNT-SIGNIN-EMAIL", "signs in with the email in any case: redirect false, the token, the user, both cookies", async ({ given, actor, target }) => {
    const { identity, userId } = await given(account("member"));
    const exchange = await actor("laptop").request(PATH, { json: { email: identity.email.toUpperCase(), password: identity.password } });
    const body = bodyOf(exchange, "signInEmail", 200);
    expect(body).toMatchObject({ redirect: false, user: { id: userId, email: identity.email } });
    const names = sessionCookieNames(target);
    expect(setCookiesNamed(exchange, names.token).some((cookie) => decodeURIComponent(cookie).startsWith(`${names.token}=${body.token}.`))).toBe(true);
    expectSessionCookieAttributes(target, setCookiesNamed(exchange, names.data)[0] ?? "", "300");
  });

  check("ACCOUNT-SIGNIN-EMAIL-WRONG-PASSWORD", "answers a wrong password and an unknown email alike: 401 INVALID_EMAIL_OR_PASSWORD", async ({ given, actor }) => {
    const { identity } = await given(readOnlyUser);
    const wrong = await actor("guesser").request(PATH, { json: { email: identity.email, password: "not-the-password-at-all" } });
    const unknown = await actor("guesser 2").request(PATH, { json: { email: `nobody-${identity.email}`, password: "not-the-password-at-all" } });
    expectBetterAuthError(wrong, 401, "INVALID_EMAIL_OR_PASSWORD");
    expectBetterAuthError(unknown, 401, "INVALID_EMAIL_OR_PASSWORD");
    expect(wrong.setCookies).toEqual([]);
  });

  check("ACCOUNT-SIGNIN-EMAIL-INVALID-EMAIL", "answers a malformed email with 400 INVALID_EMAIL (checked in the route)", async ({ actor }) => {
    expectBetterAuthError(await actor("guesser").request(PATH, { json: { email: "nope", password: "whatever-password" } }), 400, "INVALID_EMAIL");
  });

  check("ACCOUNT-SIGNIN-REMEMBER-ME-FALSE", "with rememberMe false sets dont_remember and session cookies without Max-Age", async ({ given, actor, target }) => {
    const { identity } = await given(account("member"));
    const exchange = await actor("shared computer").request(PATH, { json: { email: identity.email, password: identity.password, rememberMe: false } });
    expect(exchange.status).toBe(200);
    const names = sessionCookieNames(target);
    for (const name of [names.token, names.dontRemember, names.data]) {
      const [cookie] = setCookiesNamed(exchange, name);
      expect(cookie, `a ${name} cookie`).toBeDefined();
      expect(cookieAttributes(cookie ?? "")["max-age"], `Max-Age of ${name}`).toBeUndefined();
    }
  });
});

describe("POST /api/auth/sign-in/username", () => {
  const PATH = "/api/auth/sign-in/username";

  check("ACCOUNT-SIGNIN-USERNAME", "signs in with the username in any case", async ({ given, actor }) => {
    const { identity, userId } = await given(account("staff"));
    const exchange = await actor("front desk").request(PATH, { json: { username: identity.username.toUpperCase(), password: identity.password } });
    expect(bodyOf(exchange, "signInUsername", 200)).toMatchObject({ redirect: false, user: { id: userId, username: identity.username } });
  });

  check("ACCOUNT-SIGNIN-USERNAME-WRONG-PASSWORD", "answers a wrong password and an unknown username alike: 401 INVALID_USERNAME_OR_PASSWORD", async ({ given, actor }) => {
    const { identity } = await given(readOnlyUser);
    const wrong = await actor("guesser").request(PATH, { json: { username: identity.username, password: "not-the-password-at-all" } });
    const unknown = await actor("guesser 2").request(PATH, { json: { username: `${identity.username}_x`, password: "not-the-password-at-all" } });
    expectBetterAuthError(wrong, 401, "INVALID_USERNAME_OR_PASSWORD");
    expectBetterAuthError(unknown, 401, "INVALID_USERNAME_OR_PASSWORD");
  });

  check("ACCOUNT-SIGNIN-USERNAME-MALFORMED", "answers a username that cannot be one with 422 (USERNAME_TOO_SHORT, INVALID_USERNAME)", async ({ actor }) => {
    expectBetterAuthError(await actor("guesser").request(PATH, { json: { username: "ab", password: "whatever-password" } }), 422, "USERNAME_TOO_SHORT");
    expectBetterAuthError(await actor("guesser 2").request(PATH, { json: { username: "no spaces", password: "whatever-password" } }), 422, "INVALID_USERNAME");
  });
});
