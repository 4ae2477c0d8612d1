// PASSWORD: change-password for the signed-in user — the current password checked, the other
// sessions kept or (revokeOtherSessions) ended with a new session cookie for the caller.
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { account, sessionCookieNames, setCookiesNamed, signInElsewhere, storedSession } from "#contracts/states/account";

const PATH = "/api/auth/change-password";
const NEW_PASSWORD = "a-brand-new-clinic-passphrase";

describe(`POST ${PATH}`, () => {
  check("PASSWORD-CHANGE", "changes the password, keeps every session and answers token null", async ({ given, actor }) => {
    const created = await given(account("member"));
    const phone = await signInElsewhere({ actor }, created, "phone");
    const oldPassword = created.identity.password;
    const body = bodyOf(await created.actor.request(PATH, { json: { currentPassword: oldPassword, newPassword: NEW_PASSWORD } }), "changePassword", 200);
    created.identity.password = NEW_PASSWORD;
    expect(body).toMatchObject({ token: null, user: { id: created.userId } });
    expect(await storedSession(phone)).not.toBeNull();
    expectBetterAuthError(await actor("old").request("/api/auth/sign-in/email", { json: { email: created.identity.email, password: oldPassword } }), 401, "INVALID_EMAIL_OR_PASSWORD");
    expect((await actor("new").request("/api/auth/sign-in/email", { json: { email: created.identity.email, password: NEW_PASSWORD } })).status).toBe(200);
  });

  check("PASSWORD-CHANGE-REVOKE-OTHERS", "with revokeOtherSessions ends every other session and gives the caller a new session cookie", async ({ given, actor, target }) => {
    const created = await given(account("member"));
    const phone = await signInElsewhere({ actor }, created, "phone");
    const exchange = await created.actor.request(PATH, { json: { currentPassword: created.identity.password, newPassword: NEW_PASSWORD, revokeOtherSessions: true } });
    const body = bodyOf(exchange, "changePassword", 200);
    created.identity.password = NEW_PASSWORD;
    expect(body.token).not.toBeNull();
    expect(body.token).not.toBe(created.token);
    const names = sessionCookieNames(target);
    expect(setCookiesNamed(exchange, names.token).some((cookie) => decodeURIComponent(cookie).startsWith(`${names.token}=${body.token}.`))).toBe(true);
    expect((await storedSession(created.actor))?.session.token).toBe(body.token);
    expect(await storedSession(phone)).toBeNull();
  });

  check("PASSWORD-CHANGE-WRONG-CURRENT", "answers a wrong current password with 400 INVALID_PASSWORD", async ({ given }) => {
    const { actor } = await given(account("member"));
    expectBetterAuthError(await actor.request(PATH, { json: { currentPassword: "not-the-password-at-all", newPassword: NEW_PASSWORD } }), 400, "INVALID_PASSWORD");
  });

  check("PASSWORD-CHANGE-TOO-SHORT", "answers an 11-character new password with 400 PASSWORD_TOO_SHORT", async ({ given }) => {
    const { actor, identity } = await given(account("member"));
    expectBetterAuthError(await actor.request(PATH, { json: { currentPassword: identity.password, newPassword: "elevenchars" } }), 400, "PASSWORD_TOO_SHORT");
  });

  check("PASSWORD-CHANGE-SIGNED-OUT", "answers a caller without a session with 401 UNAUTHORIZED", async ({ actor }) => {
    expectBetterAuthError(await actor("visitor").request(PATH, { json: { currentPassword: "whatever-password", newPassword: NEW_PASSWORD } }), 401, "UNAUTHORIZED");
  });
});
