// PASSWORD: the reset flow as Better Auth serves it (D6: request-password-reset, not the docs'
// forget-password) — the request, the emailed link, the new password, and temetro's reset-by-username.
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import type { CheckContext } from "#contracts/harness";
import { account, expectLink, latestMail, pathOf, signInElsewhere, storedSession } from "#contracts/states/account";

const RESET_PAGE = "/reset-password";
const NEW_PASSWORD = "a-brand-new-clinic-passphrase";
const HOUR_MS = 60 * 60 * 1000;
const SAME_ANSWER = { status: true, message: "If this email exists in our system, check your email for the reset link" };

/** An account whose owner asked for a reset with redirectTo on the frontend; the emailed token. */
async function resetRequested({ given, actor, target }: Pick<CheckContext, "given" | "actor" | "target">) {
  const created = await given(account("forgetful"));
  const redirectTo = `${target.frontendOrigin}${RESET_PAGE}`;
  bodyOf(await actor("forgot page").request("/api/auth/request-password-reset", { json: { email: created.identity.email, redirectTo } }), "requestPasswordReset", 200);
  return { created, redirectTo, mail: await latestMail(target, created.identity.email, "reset-password") };
}

describe("POST /api/auth/request-password-reset", () => {
  check("PASSWORD-RESET-REQUEST-SAME-ANSWER", "answers a known and an unknown email with the same 200 body", async ({ given, actor }) => {
    const { identity } = await given(account("member"));
    const known = bodyOf(await actor("forgot page").request("/api/auth/request-password-reset", { json: { email: identity.email } }), "requestPasswordReset", 200);
    const unknown = bodyOf(await actor("forgot page 2").request("/api/auth/request-password-reset", { json: { email: `nobody-${identity.email}` } }), "requestPasswordReset", 200);
    expect([known, unknown]).toEqual([SAME_ANSWER, SAME_ANSWER]);
  });

  check("PASSWORD-RESET-REQUEST-FOREIGN-REDIRECT", "refuses a redirectTo on a foreign origin with 403 INVALID_REDIRECT_URL", async ({ actor }) => {
    const exchange = await actor("forgot page").request("/api/auth/request-password-reset", { json: { email: "t-nobody@example.test", redirectTo: "https://evil.example/reset" } });
    expectBetterAuthError(exchange, 403, "INVALID_REDIRECT_URL");
  });

  check("PASSWORD-RESET-EMAIL", "mails a link to GET /api/auth/reset-password/<token>?callbackURL=<redirectTo>", async (context) => {
    const { mail, redirectTo } = await resetRequested(context);
    expect(mail.subject).not.toBe("");
    expectLink(mail.url, `/api/auth/reset-password/${mail.token}`, { callbackURL: redirectTo });
  }, { requires: ["mailbox"] });
});

describe("POST /api/auth/forget-password", () => {
  check("PASSWORD-FORGET-PASSWORD-ABSENT", "is not served (D6): 404", async ({ actor }) => {
    const exchange = await actor("forgot page").request("/api/auth/forget-password", { json: { email: "t-nobody@example.test" } });
    expect(exchange.status).toBe(404);
  });
});

describe("GET /api/auth/reset-password/{token}", () => {
  check("PASSWORD-RESET-LINK", "redirects the emailed link (302) to callbackURL?token=<token>", async (context) => {
    const { mail, redirectTo } = await resetRequested(context);
    const exchange = await context.actor("mail client").request(pathOf(mail.url));
    expect(exchange.status).toBe(302);
    expect(exchange.headers.get("location")).toBe(`${redirectTo}?token=${mail.token}`);
  }, { requires: ["mailbox"] });

  check("PASSWORD-RESET-LINK-UNKNOWN-TOKEN", "redirects an unknown token to callbackURL?error=INVALID_TOKEN", async ({ actor, target }) => {
    const callbackURL = `${target.frontendOrigin}${RESET_PAGE}`;
    const exchange = await actor("mail client").request(`/api/auth/reset-password/not-a-token?callbackURL=${encodeURIComponent(callbackURL)}`);
    expect(exchange.status).toBe(302);
    expect(exchange.headers.get("location")).toBe(`${callbackURL}?error=INVALID_TOKEN`);
  });

  check("PASSWORD-RESET-LINK-FOREIGN-CALLBACK", "refuses a callbackURL on a foreign origin with 403 INVALID_CALLBACK_URL", async ({ actor }) => {
    const exchange = await actor("mail client").request(`/api/auth/reset-password/some-token?callbackURL=${encodeURIComponent("https://evil.example/x")}`);
    expectBetterAuthError(exchange, 403, "INVALID_CALLBACK_URL");
  });
});

describe("POST /api/auth/reset-password", () => {
  check("PASSWORD-RESET-FLOW", "sets the new password with the emailed token and ends every session of the user", async (context) => {
    const { created, mail } = await resetRequested(context);
    const phone = await signInElsewhere(context, created, "phone");
    const oldPassword = created.identity.password;
    const reset = await context.actor("reset page").request("/api/auth/reset-password", { json: { token: mail.token, newPassword: NEW_PASSWORD } });
    expect(bodyOf(reset, "resetPassword", 200)).toEqual({ status: true });
    created.identity.password = NEW_PASSWORD;
    expect(await storedSession(phone)).toBeNull();
    expect(await storedSession(created.actor)).toBeNull();
    const old = await context.actor("old password").request("/api/auth/sign-in/email", { json: { email: created.identity.email, password: oldPassword } });
    expectBetterAuthError(old, 401, "INVALID_EMAIL_OR_PASSWORD");
    const fresh = await context.actor("new password").request("/api/auth/sign-in/email", { json: { email: created.identity.email, password: NEW_PASSWORD } });
    expect(fresh.status).toBe(200);
  }, { requires: ["mailbox"] });

  check("PASSWORD-RESET-TOKEN-ONCE", "answers a token used before with 400 INVALID_TOKEN", async (context) => {
    const { created, mail } = await resetRequested(context);
    const page = context.actor("reset page");
    bodyOf(await page.request("/api/auth/reset-password", { json: { token: mail.token, newPassword: NEW_PASSWORD } }), "resetPassword", 200);
    created.identity.password = NEW_PASSWORD;
    expectBetterAuthError(await page.request("/api/auth/reset-password", { json: { token: mail.token, newPassword: `${NEW_PASSWORD}-2` } }), 400, "INVALID_TOKEN");
  }, { requires: ["mailbox"] });

  check("PASSWORD-RESET-TOKEN-EXPIRY", "answers a token older than an hour with 400 INVALID_TOKEN", async (context) => {
    const { mail } = await resetRequested(context);
    await context.target.advanceClock(HOUR_MS + 1000);
    expectBetterAuthError(await context.actor("reset page").request("/api/auth/reset-password", { json: { token: mail.token, newPassword: NEW_PASSWORD } }), 400, "INVALID_TOKEN");
  }, { requires: ["mailbox", "clock"] });

  check("PASSWORD-RESET-UNKNOWN-TOKEN", "answers an unknown token with 400 INVALID_TOKEN", async ({ actor }) => {
    expectBetterAuthError(await actor("reset page").request("/api/auth/reset-password", { json: { token: "not-a-token", newPassword: NEW_PASSWORD } }), 400, "INVALID_TOKEN");
  });

  check("PASSWORD-RESET-TOO-SHORT", "answers an 11-character password with 400 PASSWORD_TOO_SHORT", async ({ actor }) => {
    expectBetterAuthError(await actor("reset page").request("/api/auth/reset-password", { json: { token: "not-a-token", newPassword: "elevenchars" } }), 400, "PASSWORD_TOO_SHORT");
  });

  check("PASSWORD-RESET-COOKIE-CACHE", "ends the old sessions for the store at once: their token cookie alone is refused", async (context) => {
    const { created, mail } = await resetRequested(context);
    const tokenOnly = (await created.actor.cookieHeader()).split("; ").filter((pair) => pair.includes("session_token=")).join("; ");
    bodyOf(await context.actor("reset page").request("/api/auth/reset-password", { json: { token: mail.token, newPassword: NEW_PASSWORD } }), "resetPassword", 200);
    created.identity.password = NEW_PASSWORD;
    const exchange = await context.actor("copy").request("/api/auth/get-session", { headers: { cookie: tokenOnly } });
    expect(bodyOf(exchange, "getSession", 200)).toBeNull();
    const cached = bodyOf(await created.actor.request("/api/auth/get-session"), "getSession", 200);
    if (cached !== null) {
      context.advise("PASSWORD-ADVISORY-RESET-COOKIE-CACHE", "medium",
        "After a password reset, a session it revoked still passed get-session with its two cookies (cookie cache, up to 5 minutes): someone holding the old cookies keeps access for that long.",
        "Shorten Better Auth's session.cookieCache.maxAge (temetro sets 300 s) or disable the cookie cache, so a reset after a compromise locks the old sessions out at once.");
    }
  }, { requires: ["mailbox"] });
});

describe("POST /api/auth-helpers/reset-by-username", () => {
  check("PASSWORD-RESET-BY-USERNAME-EMAIL", "mails the user of a username, in any case, the same reset link as request-password-reset", async ({ given, actor, target }) => {
    const created = await given(account("staff"));
    const redirectTo = `${target.frontendOrigin}${RESET_PAGE}`;
    const exchange = await actor("front desk").request("/api/auth-helpers/reset-by-username", { json: { username: created.identity.username.toUpperCase(), redirectTo } });
    expect(bodyOf(exchange, "resetByUsername", 200)).toEqual({ ok: true });
    const mail = await latestMail(target, created.identity.email, "reset-password");
    expectLink(mail.url, `/api/auth/reset-password/${mail.token}`, { callbackURL: redirectTo });
  }, { requires: ["mailbox"] });
});
