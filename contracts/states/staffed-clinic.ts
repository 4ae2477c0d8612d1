// The states the clinic-record suites start from: a clinic with an owner and a few roles (lighter
// than "a clinic with one member per role").
import { addMember, createClinic, defineState, signUpUser } from "#contracts/states/index";
import type { Clinic, SignedInUser, State } from "#contracts/states/index";

/** A clinic and its members by role, the owner included; the clinic is active for each of them. */
export type StaffedClinic = { clinic: Clinic; members: Record<string, SignedInUser> };

/** The member of a role; throws when the state has none (a bug in the check). */
export function memberOf(state: StaffedClinic, role: string): SignedInUser {
  const member = state.members[role];
  if (member === undefined) throw new Error(`Failed to find the ${role} of the state's clinic: ask for a state with that role.`);
  return member;
}

/** "A clinic with an owner and a <roles>": the owner signs up and creates it, each role is invited and joins. */
export function clinicWith(roles: readonly string[]): State<StaffedClinic> {
  const name = roles.length === 0 ? "a clinic with only an owner" : `a clinic with an owner and a ${roles.join(", a ")}`;
  return defineState(name, async (world) => {
    const owner = await signUpUser(world, "owner");
    const clinic = await createClinic(world, owner);
    const joined = await Promise.all(roles.map(async (role) => [role, await addMember(world, clinic, owner.actor, role)] as const));
    return { clinic, members: Object.fromEntries([["owner", owner], ...joined]) };
  });
}
