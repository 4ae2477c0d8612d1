// ACCOUNT: email verification — the link mailed on sign-up, following it (temetro signs the user in:
// autoSignInAfterVerification), and asking for the link again.
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { account, expectLink, latestMail, pathOf, sessionCookieNames, setCookiesNamed } from "#contracts/states/account";

const WELCOME = "/welcome";

describe("GET /api/auth/verify-email", () => {
  check("ACCOUNT-VERIFY-EMAIL-FLOW", "follows the link mailed on sign-up: verifies the email, signs the reader in, redirects to callbackURL", async ({ given, actor, target }) => {
    const created = await given(account("newcomer", { callbackURL: WELCOME }));
    const mail = await latestMail(target, created.identity.email, "verify-email");
    expectLink(mail.url, "/api/auth/verify-email", { token: mail.token, callbackURL: WELCOME });
    const mailClient = actor("mail client");
    const followed = await mailClient.request(pathOf(mail.url));
    expect(followed.status).toBe(302);
    expect(followed.headers.get("location")).toBe(WELCOME);
    expect(setCookiesNamed(followed, sessionCookieNames(target).token).length).toBe(1);
    const session = bodyOf(await mailClient.request("/api/auth/get-session"), "getSession", 200);
    expect(session?.user).toMatchObject({ id: created.userId, emailVerified: true });
  }, { requires: ["mailbox"] });

  check("ACCOUNT-VERIFY-EMAIL-NO-CALLBACK", "answers the link without callbackURL with 200 {status: true, user: null}", async ({ given, actor, target }) => {
    const created = await given(account("newcomer"));
    const mail = await latestMail(target, created.identity.email, "verify-email");
    const exchange = await actor("mail client").request(`/api/auth/verify-email?token=${encodeURIComponent(mail.token)}`);
    expect(bodyOf(exchange, "verifyEmail", 200)).toEqual({ status: true, user: null });
  }, { requires: ["mailbox"] });

  check("ACCOUNT-VERIFY-EMAIL-BAD-TOKEN", "answers a bad token with 401 INVALID_TOKEN, or a redirect to callbackURL?error=INVALID_TOKEN", async ({ actor }) => {
    const reader = actor("mail client");
    expectBetterAuthError(await reader.request("/api/auth/verify-email?token=not-a-token"), 401, "INVALID_TOKEN");
    const redirected = await reader.request(`/api/auth/verify-email?token=not-a-token&callbackURL=${encodeURIComponent(WELCOME)}`);
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get("location")).toBe(`${WELCOME}?error=INVALID_TOKEN`);
  });

  check("ACCOUNT-VERIFY-EMAIL-FOREIGN-CALLBACK", "refuses a callbackURL on a foreign origin with 403 INVALID_CALLBACK_URL", async ({ actor }) => {
    const exchange = await actor("mail client").request(`/api/auth/verify-email?token=x&callbackURL=${encodeURIComponent("https://evil.example/")}`);
    expectBetterAuthError(exchange, 403, "INVALID_CALLBACK_URL");
  });
});

describe("POST /api/auth/send-verification-email", () => {
  const PATH = "/api/auth/send-verification-email";

  check("ACCOUNT-SEND-VERIFICATION-UNKNOWN", "answers an unknown address signed out with 200 {status: true}", async ({ actor }) => {
    const exchange = await actor("visitor").request(PATH, { json: { email: "t-nobody-at-all@example.test" } });
    expect(bodyOf(exchange, "sendVerificationEmail", 200)).toEqual({ status: true });
  });

  check("ACCOUNT-SEND-VERIFICATION-RESEND", "mails an unverified user a fresh verification link", async ({ given, actor, target }) => {
    const created = await given(account("newcomer"));
    const before = (await target.mailbox(created.identity.email)).length;
    expect(bodyOf(await actor("visitor").request(PATH, { json: { email: created.identity.email } }), "sendVerificationEmail", 200)).toEqual({ status: true });
    const mails = (await target.mailbox(created.identity.email)).filter((mail) => mail.kind === "verify-email");
    expect(mails.length).toBeGreaterThan(0);
    expect((await target.mailbox(created.identity.email)).length).toBe(before + 1);
  }, { requires: ["mailbox"] });

  check("ACCOUNT-SEND-VERIFICATION-MISMATCH", "answers a signed-in caller asking for another address with 400 EMAIL_MISMATCH", async ({ given }) => {
    const { actor } = await given(account("member"));
    expectBetterAuthError(await actor.request(PATH, { json: { email: "t-someone-else@example.test" } }), 400, "EMAIL_MISMATCH");
  });
});
