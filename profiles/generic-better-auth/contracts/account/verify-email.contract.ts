// VERIFY: the link in the verification email marks the email verified and signs the user in; a
// token that is not one is refused. (The seed's POST /verify-email {token} is GET with a query.)
import { describe, expect } from "vitest";
import { checkVerifyBadToken } from "#contracts/better-auth-app-checks";
import { check } from "#contracts/harness";
import { sessionCookieNames, setCookiesNamed } from "#contracts/states/account";
import { bodyOf, lastMail, locationOf, pathOf, signedUp } from "../profile-states.ts";

describe("GET /api/auth/verify-email", () => {
  check("VERIFY-LINK-SIGNS-IN", "follows the emailed link: 302 to its callbackURL with the session cookie; get-session then shows the email verified", async ({ given, target }) => {
    const { actor, identity, userId } = await given(signedUp("verify"));
    const mail = await lastMail(target, identity.email, "verify-email");
    const exchange = await actor.request(pathOf(mail.url));
    expect(exchange.status).toBe(302);
    expect(locationOf(exchange, target).pathname).toBe(new URL(mail.url).searchParams.get("callbackURL") ?? "/");
    expect(setCookiesNamed(exchange, sessionCookieNames(target).token)).toHaveLength(1);
    const session = bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200);
    expect(session?.user).toMatchObject({ id: userId, emailVerified: true, plan: "free" });
  }, { requires: ["mailbox"] });

  checkVerifyBadToken();
});

describe("POST /api/auth/send-verification-email", () => {
  check("VERIFY-RESEND", "sends the verification email again to an unverified address, answering {status: true}", async ({ given, actor, target }) => {
    const { identity } = await given(signedUp("resend"));
    const exchange = await actor("visitor").request("/api/auth/send-verification-email", { json: { email: identity.email } });
    expect(bodyOf(exchange, "sendVerificationEmail", 200)).toEqual({ status: true });
    expect((await target.mailbox(identity.email)).filter((mail) => mail.kind === "verify-email")).toHaveLength(2);
  }, { requires: ["mailbox"] });
});
