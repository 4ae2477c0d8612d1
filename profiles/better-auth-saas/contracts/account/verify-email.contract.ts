// VERIFY: the link in the verification email marks the email verified; a made-up token is refused.
// Better Auth answers {status, user} or a redirect, not the document's {success, message} (BS06).
import { describe, expect } from "vitest";
import { checkVerifyBadToken } from "#contracts/better-auth-app-checks";
import { check } from "#contracts/harness";
import { latestMail, pathOf } from "#contracts/states/account";
import { reportDifference } from "../document-differences.ts";
import { bodyOf, signedUp } from "../profile-states.ts";

describe("GET /api/auth/verify-email", () => {
  check("VERIFY-LINK", "follows the emailed link: 302 to its callbackURL; get-session then shows the email verified", async ({ given, target }) => {
    const { actor, identity, userId } = await given(signedUp("verify"));
    const mail = await latestMail(target, identity.email, "verify-email");
    const exchange = await actor.request(pathOf(mail.url));
    expect(exchange.status).toBe(302);
    expect(exchange.headers.get("location")).toBe(new URL(mail.url).searchParams.get("callbackURL"));
    const session = bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200);
    expect(session?.user).toMatchObject({ id: userId, emailVerified: true });
  }, { requires: ["mailbox"] });

  check("VERIFY-TOKEN-ONLY", "answers the seed's form of the link (?token= alone) with 200 {status: true}, not {success, message} (BS06)", async (context) => {
    const { identity, userId } = await context.given(signedUp("token only"));
    const { token } = await latestMail(context.target, identity.email, "verify-email");
    const exchange = await context.actor("mail client").request(`/api/auth/verify-email?token=${encodeURIComponent(token)}`);
    expect(bodyOf(exchange, "verifyEmail", 200).status).toBe(true);
    expect(exchange.body).not.toHaveProperty("success");
    const again = await context.actor("signed in").request("/api/auth/sign-in/email", { json: { email: identity.email, password: identity.password } });
    expect(bodyOf(again, "signInEmail", 200).user).toMatchObject({ id: userId, emailVerified: true });
    reportDifference(context, "BS06");
  }, { requires: ["mailbox"] });

  checkVerifyBadToken();
});
