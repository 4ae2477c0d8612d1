// RATE: Auth.js has no rate limiting and the document names none (AJ13): no check of a limit runs
// here. What is checked is the consequence an operator must know: password guesses are unthrottled.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { locationOf, registeredAdmin, signInWith } from "../profile-states.ts";

const GUESSES = 12;

describe("POST /api/auth/callback/credentials", () => {
  check("RATE-NO-LIMIT-SIGN-IN", `answers ${GUESSES} wrong passwords in a row from one client each with CredentialsSignin, none refused (AJ13)`, async ({ given, target, advise }) => {
    const { actor, identity } = await given(registeredAdmin("guesses"));
    const errors: Array<string | null> = [];
    for (let i = 0; i < GUESSES; i++) errors.push(locationOf(await signInWith(actor, { email: identity.email, password: `wrong-guess-${i}` }), target).searchParams.get("error"));
    expect(errors).toEqual(Array.from({ length: GUESSES }, () => "CredentialsSignin"));
    advise("ADVISORY-AJ13-NO-RATE-LIMIT", "medium",
      `${GUESSES} wrong passwords for one account from one client were each answered CredentialsSignin: neither Auth.js nor the document limits sign-in attempts (decision AJ13).`,
      "Put a rate limiter in front of /api/auth/callback/credentials and the document's routes (per client IP and per email), or count failures in the Credentials authorize function.");
  });
});
