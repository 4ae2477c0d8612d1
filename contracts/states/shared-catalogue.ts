// The shared states: built once and handed to every check that asks (see shared-state.ts), so a
// check that only reads, or only sends what must be refused, does not sign up users of its own.
// Each name says what its checks may do with it: "read only" states are never written (a write the
// target must refuse is fine); in the workbench, checks add records of their own (patients, tasks,
// conversations, staff accounts) and read back only those. No check changes a shared state's
// users, their sessions or passwords, memberships or active clinic: those checks get their own.
// The run's state broker builds from this table in the runner's process: builds only, no test hooks.
import { ROLES } from "#openapi";
import { addMember, createClinic } from "./clinic-with-every-role.ts";
import type { Clinic } from "./clinic-with-every-role.ts";
import { signUpUser } from "./signed-in-user.ts";
import type { SignedInUser } from "./signed-in-user.ts";
import type { World } from "./state.ts";

/** A clinic, its owner, and its members by role (the owner among them); the clinic is active for each. */
export type SharedClinic = { clinic: Clinic; owner: SignedInUser; members: Record<string, SignedInUser> };

async function clinicWithRoles(world: World, roles: readonly string[]): Promise<SharedClinic> {
  const owner = await signUpUser(world, "owner");
  const clinic = await createClinic(world, owner);
  const joined = await Promise.all(roles.map(async (role) => [role, await addMember(world, clinic, owner.actor, role)] as const));
  return { clinic, owner, members: Object.fromEntries([["owner", owner], ...joined]) };
}

const OTHER_ROLES = ROLES.filter((role) => role !== "owner");

export const sharedBuilds = {
  "a signed-in user with no clinic, read only": (world: World) => signUpUser(world, "user"),
  "a clinic with only its owner, read only": (world: World) => clinicWithRoles(world, []),
  "a clinic with one member per role, read only": (world: World) => clinicWithRoles(world, OTHER_ROLES),
  "the workbench: a clinic with one member per role, where checks add records of their own": (world: World) => clinicWithRoles(world, OTHER_ROLES),
} satisfies Record<string, (world: World) => Promise<unknown>>;

export type SharedStateName = keyof typeof sharedBuilds;
export type SharedValue<K extends SharedStateName> = Awaited<ReturnType<(typeof sharedBuilds)[K]>>;

/** The catalogue's build of a name, or undefined (a worker asked for a state this catalogue does not have). */
export function sharedBuildOf(name: string): ((world: World) => Promise<unknown>) | undefined {
  return Object.entries(sharedBuilds).find(([candidate]) => candidate === name)?.[1];
}
