// The states and readers the generic-better-auth suite shares: users who signed up (verified or
// not), the verification and reset mails, and the profile's typed body reader.
import { bodyReader } from "#contracts/expect-contract";
import { defineState, setupRequest } from "#contracts/states/index";
import { lastMail, locationOf } from "#contracts/states/mail-and-redirects";
import type { State } from "#contracts/states/index";
import { newIdentity } from "#targets/identities";
import type { Identity } from "#targets/identities";
import type { Actor, Exchange } from "#targets/target";
import { genericBetterAuthDocument } from "#profiles/generic-better-auth/openapi/contract";
import type { GenericBetterAuthOperations } from "#profiles/generic-better-auth/openapi/contract";

/** The profile's `bodyOf`: status, conformance to the profile's document, and the body typed from it. */
export const bodyOf = bodyReader<GenericBetterAuthOperations>(genericBetterAuthDocument);

export type SignedUp = { actor: Actor; identity: Identity; userId: string; signUp: Exchange };

/** The sign-up body of an identity: the seed's fields. */
export const signUpBody = ({ name, email, password }: Identity) => ({ name, email, password });

/** A user who signed up and has not verified the email (not signed in: verification is required). */
export function signedUp(label: string): State<SignedUp> {
  return defineState("a user who signed up, email not verified", async ({ target }) => {
    const actor = target.actor(label);
    const identity = newIdentity(label);
    const signUp = await setupRequest(actor, "/api/auth/sign-up/email", { json: signUpBody(identity) });
    return { actor, identity, userId: bodyOf(signUp, "signUpEmail", 200).user.id, signUp };
  });
}

/** A user who signed up and followed the verification link: verified and signed in. */
export function verifiedUser(label: string): State<SignedUp & { verify: Exchange }> {
  return defineState("a user who verified the email and is signed in", async (world) => {
    const user = await signedUp(label).build(world);
    const mail = await lastMail(world.target, user.identity.email, "verify-email");
    const verify = await setupRequest(user.actor, pathOf(mail.url), {}, 302);
    return { ...user, verify };
  });
}

/** The path and query of a link (the target's own origin is the actor's base URL). */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

export { lastMail, locationOf };
