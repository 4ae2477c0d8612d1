// SIGNUP: email sign-up with required verification. Sign-up creates the user with the app's plan,
// sends the verification email and does not sign in; an address already registered gets the same
// answer, so sign-up does not reveal who has an account.
import { describe, expect } from "vitest";
import { checkSignUpSendsVerification } from "#contracts/better-auth-app-checks";
import { check } from "#contracts/harness";
import { newIdentity } from "#targets/identities";
import { bodyOf, signUpBody, signedUp } from "../profile-states.ts";

describe("POST /api/auth/sign-up/email", () => {
  check("SIGNUP-NOT-SIGNED-IN", "answers 200 with the user (plan free, email not verified) and a null token, and sets no session cookie", async ({ actor }) => {
    const identity = newIdentity("new");
    const exchange = await actor("new").request("/api/auth/sign-up/email", { json: signUpBody(identity) });
    const { token, user } = bodyOf(exchange, "signUpEmail", 200);
    expect(token).toBeNull();
    expect(user).toMatchObject({ email: identity.email, name: identity.name, emailVerified: false, plan: "free" });
    expect(exchange.setCookies.filter((cookie) => cookie.includes("session_token=") && !cookie.includes("Max-Age=0"))).toEqual([]);
  });

  checkSignUpSendsVerification(signedUp);

  check("SIGNUP-TAKEN-EMAIL-SAME-ANSWER", "answers an address already registered as it answers a new one (200, null token), with another user id and no second email", async ({ given, actor, target }) => {
    const { identity, userId } = await given(signedUp("first"));
    const again = bodyOf(await actor("second").request("/api/auth/sign-up/email", { json: signUpBody({ ...identity, name: "Someone Else" }) }), "signUpEmail", 200);
    expect(again.token).toBeNull();
    expect(again.user.id).not.toBe(userId);
    expect((await target.mailbox(identity.email)).filter((mail) => mail.kind === "verify-email")).toHaveLength(1);
  }, { requires: ["mailbox"] });

  check("SIGNUP-PLAN-NOT-INPUT", "drops a plan the sign-up body asks for: 200, plan free (GB11)", async ({ actor }) => {
    const identity = newIdentity("plan");
    const exchange = await actor("plan").request("/api/auth/sign-up/email", { json: { ...signUpBody(identity), plan: "pro" } });
    expect(bodyOf(exchange, "signUpEmail", 200).user.plan).toBe("free");
  });

  check("SIGNUP-SHORT-PASSWORD", "refuses a password under 8 characters with 400 PASSWORD_TOO_SHORT", async ({ actor }) => {
    const identity = newIdentity("short");
    const exchange = await actor("short").request("/api/auth/sign-up/email", { json: { ...signUpBody(identity), password: "short" } });
    expect(exchange.status).toBe(400);
    expect(exchange.body).toEqual({ code: "PASSWORD_TOO_SHORT", message: "Password too short" });
  });
});
