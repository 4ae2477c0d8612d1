// The states and readers the better-auth-saas suite shares: users who signed up (signed in, email
// not verified) or verified, a seeded subscription, and the profile's typed body reader.
import { bodyReader } from "#contracts/expect-contract";
import { latestMail, pathOf } from "#contracts/states/account";
import { defineState, setupRequest } from "#contracts/states/index";
import type { State } from "#contracts/states/index";
import { newIdentity } from "#targets/identities";
import type { Identity } from "#targets/identities";
import type { Actor, Exchange } from "#targets/target";
import { betterAuthSaasDocument } from "#profiles/better-auth-saas/openapi/contract";
import type { BetterAuthSaasOperations } from "#profiles/better-auth-saas/openapi/contract";
import type { SubscriptionState } from "#profiles/better-auth-saas/config/subscriptions";

/** The profile's `bodyOf`: status, conformance to the profile's document, and the body typed from it. */
export const bodyOf = bodyReader<BetterAuthSaasOperations>(betterAuthSaasDocument);

export type SignedUp = { actor: Actor; identity: Identity; userId: string; signUp: Exchange };

/** The sign-up body of an identity: the seed's fields. */
export const signUpBody = ({ name, email, password }: Identity) => ({ name, email, password });

/** A user who signed up: signed in, email not verified (sign-up signs in; BS03). */
export function signedUp(label: string): State<SignedUp> {
  return defineState("a user who signed up, signed in, email not verified", async ({ target }) => {
    const actor = target.actor(label);
    const identity = newIdentity(label);
    const signUp = await setupRequest(actor, "/api/auth/sign-up/email", { json: signUpBody(identity) });
    return { actor, identity, userId: bodyOf(signUp, "signUpEmail", 200).user.id, signUp };
  });
}

/** A user who signed up and followed the verification link: verified and signed in. */
export function verifiedUser(label: string): State<SignedUp & { verify: Exchange; publicOrigin: string }> {
  return defineState("a user who verified the email and is signed in", async (world) => {
    const user = await signedUp(label).build(world);
    const mail = await latestMail(world.target, user.identity.email, "verify-email");
    const verify = await setupRequest(user.actor, pathOf(mail.url), {}, 302);
    // The deployment's public origin (BETTER_AUTH_URL), which need not be the URL the suite reaches it by.
    return { ...user, verify, publicOrigin: new URL(mail.url).origin };
  });
}

/** Puts a user's subscription in a state through the target's dev route; undefined when the target does not serve it. */
export async function seedSubscription(actor: Actor, email: string, state: SubscriptionState): Promise<Exchange | undefined> {
  const exchange = await actor.request("/__dev/subscriptions", { json: { email, state } });
  return exchange.status === 404 ? undefined : exchange;
}

/** Why a check that seeds subscriptions cannot run on a target without the dev route. */
export const NO_SUBSCRIPTION_SEEDING = "the target does not seed subscriptions (POST /__dev/subscriptions is not served)";
