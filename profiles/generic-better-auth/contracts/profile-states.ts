// The states and readers the generic-better-auth suite shares: users who signed up (verified or
// not), the verification and reset mails, and the profile's typed body reader.
import { bodyReader } from "#contracts/expect-contract";
import { defineState, setupRequest } from "#contracts/states/index";
import type { State } from "#contracts/states/index";
import { newIdentity } from "#targets/identities";
import type { Identity } from "#targets/identities";
import type { Actor, Exchange, OutboxMessage, Target } from "#targets/target";
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

/** The newest email of a kind sent to an address; throws when there is none. */
export async function lastMail(target: Target, to: string, kind: OutboxMessage["kind"]): Promise<OutboxMessage> {
  const mail = (await target.mailbox(to)).filter((message) => message.kind === kind).at(-1);
  if (mail === undefined) throw new Error(`Failed to find a ${kind} email to ${to} in the target's mailbox.`);
  return mail;
}

/** The path and query of a link (the target's own origin is the actor's base URL). */
export function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/** A Location header resolved against the target. */
export function locationOf(exchange: Exchange, target: Target): URL {
  const location = exchange.headers.get("location");
  if (location === null) throw new Error(`Failed to follow ${exchange.request.method} ${exchange.request.path}: the ${exchange.status} answer has no Location.`);
  return new URL(location, target.baseUrl);
}
