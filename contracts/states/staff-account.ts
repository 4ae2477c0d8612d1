// "A staff account provisioned by <creator>": POST /api/staff, and the account deleted after the
// check (signed in by username with its password as it then is: a check may change it).
import { bodyOf } from "#contracts/expect-contract";
import { uniqueTag } from "#targets/identities";
import { defineState, setupRequest } from "#contracts/states/index";
import { leaveClinics } from "#contracts/states/leave-clinics";
import type { State, World } from "#contracts/states/index";
import type { components } from "#openapi";
import type { Actor, Exchange } from "#targets/target";

export type CreatedStaff = components["schemas"]["CreatedStaff"];
/** The answer, the account when it was created, and its password (a check that changes it updates it here). */
export type StaffAttempt = { exchange: Exchange; account: CreatedStaff | null; credentials: { username: string; password: string } };

/** A provisioning body with a unique username; `overrides` replace fields. */
export function staffBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const tag = uniqueTag();
  return { name: `Contract Staff ${tag}`, username: `S_${tag}`, password: `pw-staff-${tag}-long`, role: "reception", ...overrides };
}

async function deleteAccount(world: World, credentials: { username: string; password: string }): Promise<void> {
  const actor = world.target.actor(`staff ${credentials.username} (cleanup)`);
  await setupRequest(actor, "/api/auth/sign-in/username", { json: credentials });
  // The account was provisioned into a shared clinic: it leaves before it goes (leave-clinics.ts).
  await leaveClinics(actor);
  // A fresh session: delete-user needs no password (one password hash fewer for the server).
  await setupRequest(actor, "/api/auth/delete-user", { json: {} });
}

/** Provisions an account as `creator`, whatever the answer; deletes it afterwards when it was created. */
export function provisionedStaff(creator: Actor, overrides: Record<string, unknown> = {}): State<StaffAttempt> {
  return defineState(`a staff account provisioned by ${creator.label}`, async (world) => {
    const body = staffBody(overrides);
    const exchange = await creator.request("/api/staff", { json: body });
    const credentials = { username: String(body.username).toLowerCase(), password: String(body.password) };
    const account = exchange.status === 201 ? bodyOf(exchange, "createStaff", 201) : null;
    if (account !== null) world.cleanup.add(`staff account ${account.username}`, () => deleteAccount(world, credentials));
    return { exchange, account, credentials };
  });
}

/** A fresh actor signed in by username (how provisioned staff sign in). */
export async function signInByUsername(world: { target: World["target"] }, credentials: { username: string; password: string }, label: string): Promise<Actor> {
  const actor = world.target.actor(label);
  await setupRequest(actor, "/api/auth/sign-in/username", { json: credentials });
  return actor;
}

