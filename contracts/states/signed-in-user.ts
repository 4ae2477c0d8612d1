// "A signed-in user with no clinic": a new user signed up through the public API, with its own
// actor (cookie jar and client IP), deleted with its password after the check.
import { bodyOf } from "../expect-contract.ts";
import { newIdentity } from "#targets/identities";
import type { Identity } from "#targets/identities";
import type { Actor } from "#targets/target";
import { setupRequest } from "#targets/setup-request";
import { defineState } from "./state.ts";
import type { World } from "./state.ts";

export type SignedInUser = { actor: Actor; identity: Identity; userId: string };

/** Signs a new user up; registers its deletion (delete-user) in the cleanup. */
export async function signUpUser(world: World, label: string): Promise<SignedInUser> {
  const actor = world.target.actor(label);
  const identity = newIdentity(label);
  const exchange = await setupRequest(actor, "/api/auth/sign-up/email", { json: identity });
  const { user } = bodyOf(exchange, "signUpEmail", 200);
  world.cleanup.add(`user ${identity.email}`, () => deleteUser(world, actor, identity));
  return { actor, identity, userId: user.id };
}

/** Deletes with the actor's own session, or after a fresh sign-in when the check ended that session. */
async function deleteUser(world: World, actor: Actor, identity: Identity): Promise<void> {
  if (await deletedWithSession(actor, identity.password)) return;
  const fresh = world.target.actor(`${actor.label} (cleanup)`);
  await setupRequest(fresh, "/api/auth/sign-in/email", { json: { email: identity.email, password: identity.password } });
  await setupRequest(fresh, "/api/auth/delete-user", { json: {} });
}

/**
 * Deletes the user of a live session: without the password while the session is fresh (younger than
 * a day), which spares the server a password hash, else with it; false when the session is gone.
 */
export async function deletedWithSession(actor: Actor, password: string): Promise<boolean> {
  const fresh = await actor.request("/api/auth/delete-user", { json: {} });
  if (fresh.status === 200) return true;
  return fresh.status !== 401 && (await actor.request("/api/auth/delete-user", { json: { password } })).status === 200;
}

export const signedInUser = defineState("a signed-in user with no clinic", (world) => signUpUser(world, "user"));
