// SIGNUP: email sign-up. It signs in at once (verification gates organizations, not sign-in: BS03),
// sends the verification email, refuses a taken email with 422 and an invalid one with 400.
import { describe, expect } from "vitest";
import { checkSignUpSendsVerification } from "#contracts/better-auth-app-checks";
import { check } from "#contracts/harness";
import { sessionCookieNames, setCookiesNamed } from "#contracts/states/account";
import { newIdentity } from "#targets/identities";
import { reportDifference } from "../document-differences.ts";
import { bodyOf, signUpBody, signedUp } from "../profile-states.ts";

describe("POST /api/auth/sign-up/email", () => {
  check("SIGNUP-SIGNS-IN", "answers 200 with the session token and the user (emailVerified false, camelCase) and sets the session cookie (BS09, BS10)", async (context) => {
    const identity = newIdentity("new");
    const exchange = await context.actor("new").request("/api/auth/sign-up/email", { json: signUpBody(identity) });
    const { token, user } = bodyOf(exchange, "signUpEmail", 200);
    expect(user).toMatchObject({ email: identity.email, name: identity.name, emailVerified: false });
    expect(setCookiesNamed(exchange, sessionCookieNames(context.target).token)[0]).toContain(token);
    expect(exchange.body).not.toHaveProperty("session");
    expect(user).not.toHaveProperty("email_verified");
    reportDifference(context, "BS09");
    reportDifference(context, "BS10");
  });

  checkSignUpSendsVerification(signedUp);

  check("SIGNUP-TAKEN-EMAIL-422", "refuses an email already registered with 422 USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL, not the document's 409 USER_EXISTS (BS11)", async (context) => {
    const { identity } = await context.given(signedUp("first"));
    const again = await context.actor("second").request("/api/auth/sign-up/email", { json: signUpBody({ ...identity, name: "Someone Else" }) });
    expect(again.status).toBe(422);
    expect(again.body).toEqual({ code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL", message: "User already exists. Use another email." });
    reportDifference(context, "BS11");
    reportDifference(context, "BS02");
  });

  check("SIGNUP-INVALID-EMAIL-400", "refuses an invalid email with 400 VALIDATION_ERROR, not the document's INVALID_EMAIL (BS12)", async (context) => {
    const exchange = await context.actor("typo").request("/api/auth/sign-up/email", { json: { ...signUpBody(newIdentity("typo")), email: "not-an-email" } });
    expect(exchange.status).toBe(400);
    expect(exchange.body).toMatchObject({ code: "VALIDATION_ERROR" });
    reportDifference(context, "BS12");
  });
});
