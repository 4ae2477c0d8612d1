// ACCOUNT: sign-up with email and password — the session cookies it sets, the token in the body,
// and Better Auth's uniqueness, password and username rules (temetro: 12–256, 3–32).
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { newIdentity } from "#targets/identities";
import { account, expectSessionCookieAttributes, sessionCookieNames, setCookiesNamed } from "#contracts/states/account";

const PATH = "/api/auth/sign-up/email";

describe(`POST ${PATH}`, () => {
  check("ACCOUNT-SIGNUP-COOKIES", "sets session_token (Max-Age=604800) and session_data (Max-Age=300), HttpOnly, SameSite=Lax, Path=/", async ({ given, target }) => {
    const { signUp } = await given(account("newcomer"));
    const names = sessionCookieNames(target);
    const [token] = setCookiesNamed(signUp, names.token);
    const [data] = setCookiesNamed(signUp, names.data);
    expect(token, `a ${names.token} cookie`).toBeDefined();
    expect(data, `a ${names.data} cookie`).toBeDefined();
    expectSessionCookieAttributes(target, token ?? "", "604800");
    expectSessionCookieAttributes(target, data ?? "", "300");
  });

  check("ACCOUNT-SIGNUP-TOKEN", "returns the new session's token in the body, and the session is live at once", async ({ given }) => {
    const created = await given(account("newcomer"));
    expect(created.token).not.toBe("");
    const session = bodyOf(await created.actor.request("/api/auth/get-session"), "getSession", 200);
    expect(session?.session.token).toBe(created.token);
    expect(session?.user).toMatchObject({ id: created.userId, email: created.identity.email, emailVerified: false });
  });

  check("ACCOUNT-SIGNUP-USERNAME-CASE", "stores the username lower-cased and keeps it as typed in displayUsername", async ({ given }) => {
    const typed = `T_${newIdentity("x").username.slice(2).toUpperCase()}`;
    const { signUp } = await given(account("newcomer", { username: typed }));
    expect(bodyOf(signUp, "signUpEmail", 200).user).toMatchObject({ username: typed.toLowerCase(), displayUsername: typed });
  });

  check("ACCOUNT-SIGNUP-DUPLICATE-EMAIL", "answers a taken email, in any case, with 422 USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL", async ({ given, actor }) => {
    const existing = await given(account("first"));
    const exchange = await actor("second").request(PATH, { json: { ...newIdentity("second"), email: existing.identity.email.toUpperCase() } });
    expectBetterAuthError(exchange, 422, "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL");
    expect(exchange.setCookies).toEqual([]);
  });

  check("ACCOUNT-SIGNUP-DUPLICATE-USERNAME", "answers a taken username, in any case, with 400 USERNAME_IS_ALREADY_TAKEN", async ({ given, actor }) => {
    const existing = await given(account("first"));
    const exchange = await actor("second").request(PATH, { json: { ...newIdentity("second"), username: existing.identity.username.toUpperCase() } });
    expectBetterAuthError(exchange, 400, "USERNAME_IS_ALREADY_TAKEN");
  });

  check("ACCOUNT-SIGNUP-PASSWORD-TOO-SHORT", "answers an 11-character password with 400 PASSWORD_TOO_SHORT", async ({ actor }) => {
    expectBetterAuthError(await actor("newcomer").request(PATH, { json: { ...newIdentity("newcomer"), password: "elevenchars" } }), 400, "PASSWORD_TOO_SHORT");
  });

  check("ACCOUNT-SIGNUP-PASSWORD-TOO-LONG", "answers a 257-character password with 400 PASSWORD_TOO_LONG", async ({ actor }) => {
    expectBetterAuthError(await actor("newcomer").request(PATH, { json: { ...newIdentity("newcomer"), password: "p".repeat(257) } }), 400, "PASSWORD_TOO_LONG");
  });

  const usernameCases = [
    { id: "ACCOUNT-SIGNUP-USERNAME-TOO-SHORT", username: "ab", code: "USERNAME_TOO_SHORT", what: "a 2-character username" },
    { id: "ACCOUNT-SIGNUP-USERNAME-TOO-LONG", username: "u".repeat(33), code: "USERNAME_TOO_LONG", what: "a 33-character username" },
    { id: "ACCOUNT-SIGNUP-USERNAME-INVALID", username: "not valid!", code: "INVALID_USERNAME", what: "a username outside [a-zA-Z0-9_.]" },
  ] as const;
  for (const { id, username, code, what } of usernameCases) {
    check(id, `answers ${what} with 400 ${code}`, async ({ actor }) => {
      expectBetterAuthError(await actor("newcomer").request(PATH, { json: { ...newIdentity("newcomer"), username } }), 400, code);
    });
  }

  check("ACCOUNT-SIGNUP-INVALID-EMAIL", "answers a malformed email with 400 VALIDATION_ERROR", async ({ actor }) => {
    const body = bodyOf(await actor("newcomer").request(PATH, { json: { ...newIdentity("newcomer"), email: "not-an-email" } }), "signUpEmail", 400);
    expect(body).toEqual({ code: "VALIDATION_ERROR", message: "[body.email] Invalid email address" });
  });
});
