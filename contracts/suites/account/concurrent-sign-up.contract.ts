// ACCOUNT: sign-ups that race for one email, each from its own client (IP, jar): exactly one account
// results, and every other sign-up is refused as a taken email.
import { describe, expect } from "vitest";
import { betterAuthError } from "#openapi";
import { bodyOf } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { newIdentity } from "#targets/identities";
import { defineState } from "#contracts/states/index";
import type { Exchange } from "#targets/target";

const PATH = "/api/auth/sign-up/email";
const RACERS = 50;

type Race = { email: string; attempts: Array<{ password: string; exchange: Exchange }> };

/** RACERS sign-ups sent at once for one email, with distinct usernames and passwords; the account that won is deleted after. */
const raceForOneEmail = defineState<Race>(`${RACERS} concurrent sign-ups for one email`, async ({ target, cleanup }) => {
  const email = newIdentity("racer").email;
  const attempts = await Promise.all(Array.from({ length: RACERS }, async (_, index) => {
    const identity = { ...newIdentity(`racer ${index}`), email };
    const actor = target.actor(`racer ${index}`);
    const exchange = await actor.request(PATH, { json: identity });
    if (exchange.status === 200) cleanup.add(`user ${email}`, async () => void (await actor.request("/api/auth/delete-user", { json: { password: identity.password } })));
    return { password: identity.password, exchange };
  }));
  return { email, attempts };
});

describe(`POST ${PATH}, concurrently`, () => {
  check("ACCOUNT-SIGNUP-CONCURRENT-ONE-ACCOUNT", `makes exactly one account of ${RACERS} concurrent sign-ups for one email; the others get 422 (a taken email, or FAILED_TO_CREATE_USER when they raced the insert)`, async ({ given, actor }) => {
    const race = await given(raceForOneEmail);
    const winners = race.attempts.filter(({ exchange }) => exchange.status === 200);
    expect(winners.length, "sign-ups answered 200").toBe(1);
    // Better Auth checks the email, then inserts: a sign-up that lost the race after the check meets the
    // unique column and answers FAILED_TO_CREATE_USER; one that came after the winner's insert, the usual code.
    for (const { exchange } of race.attempts.filter((attempt) => attempt.exchange.status !== 200)) {
      expect(exchange.status, `status of ${exchange.actor}'s sign-up`).toBe(422);
      expect([betterAuthError("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"), betterAuthError("FAILED_TO_CREATE_USER")]).toContainEqual(exchange.body);
    }
    const winner = race.attempts.find((attempt) => attempt.exchange.status === 200);
    const loser = race.attempts.find((attempt) => attempt.exchange.status !== 200);
    const signIn = (password: string, label: string) => actor(label).request("/api/auth/sign-in/email", { json: { email: race.email, password } });
    expect((await signIn(winner?.password ?? "", "winner")).status, "the winner's password signs in").toBe(200);
    expect((await signIn(loser?.password ?? "", "loser")).status, "a loser's password does not").toBe(401);
    expect(bodyOf(winner?.exchange ?? race.attempts[0]!.exchange, "signUpEmail", 200).user.email).toBe(race.email);
  }, { requires: ["own-client-ip"] });
});
