// The organization suites' states, built from the harness's pieces: a clinic with only the roles a
// check needs (cheaper than one member per role), a clinic to be deleted afterwards, and invitations.
import { bodyOf } from "#contracts/expect-contract";
import { newClinic, newIdentity } from "#targets/identities";
import { addMember, createClinic, defineState, setupRequest, signUpUser } from "#contracts/states/index";
import type { Clinic, SignedInUser, State } from "#contracts/states/index";
import type { Actor, Exchange } from "#targets/target";

export type SmallClinic = { clinic: Clinic; owner: SignedInUser; members: Record<string, SignedInUser> };

/** A clinic made active for its owner and for one member of each role named (each signed in, clinic active). */
export function clinicWith(...roles: string[]): State<SmallClinic> {
  return defineState(`a clinic with an owner${roles.length > 0 ? ` and a ${roles.join(", a ")}` : ""}`, async (world) => {
    const owner = await signUpUser(world, "owner");
    const clinic = await createClinic(world, owner);
    const members: Record<string, SignedInUser> = { owner };
    for (const role of roles) members[role] = await addMember(world, clinic, owner.actor, role);
    return { clinic, owner, members };
  });
}

/** The member of a role in a small clinic; throws when the state has none (a bug in the check). */
export function memberOf(state: SmallClinic, role: string): SignedInUser {
  const member = state.members[role];
  if (member === undefined) throw new Error(`Failed to find the ${role} of the state's clinic: ask clinicWith for it.`);
  return member;
}

/** Registers the deletion of a clinic a check created itself (skipped when the check deleted it). */
export function deletedAfterwards(owner: SignedInUser, clinic: { id: string; slug: string }): State<void> {
  return defineState(`clinic ${clinic.slug} deleted afterwards`, async (world) => {
    world.cleanup.add(`clinic ${clinic.slug}`, async () => {
      const listed = await owner.actor.request("/api/auth/organization/list");
      if (listed.status === 200 && !bodyOf(listed, "listOrganizations", 200).some((candidate) => candidate.id === clinic.id)) return;
      await setupRequest(owner.actor, "/api/auth/organization/delete", { json: { organizationId: clinic.id } });
    });
  });
}

/** Creates a clinic without making it active, as a check would; answers the create exchange. */
export async function createRaw(owner: Actor, label = "clinic"): Promise<{ exchange: Exchange; clinic: Clinic }> {
  const exchange = await owner.request("/api/auth/organization/create", { json: newClinic(label) });
  const { id, name, slug } = bodyOf(exchange, "createOrganization", 200);
  return { exchange, clinic: { id, name, slug } };
}

/** Invites an address (a new one by default) into a clinic; answers the invitation. */
export async function invite(inviter: Actor, clinicId: string, role: string, email = newIdentity("invitee").email) {
  return bodyOf(await setupRequest(inviter, "/api/auth/organization/invite-member", { json: { email, role, organizationId: clinicId } }), "inviteMember", 200);
}

/** A signed-up user who has not joined any clinic yet, and an invitation for them from the clinic's owner. */
export async function invitedUser(world: Parameters<typeof signUpUser>[0], state: SmallClinic, role: string) {
  const user = await signUpUser(world, `invited ${role}`);
  const invitation = await invite(state.owner.actor, state.clinic.id, role, user.identity.email);
  return { user, invitation };
}

/** A new user invited with a role into a (shared) clinic by its owner, not yet accepted; deleting the user after the check ends it. */
export function inviteeOfItsOwn(state: SmallClinic, role: string): State<Awaited<ReturnType<typeof invitedUser>>> {
  return defineState(`a user invited as ${role} into a shared clinic`, (world) => invitedUser(world, state, role));
}

/** A clinic with an owner, and a new user invited into it with a role (not yet accepted). */
export function clinicWithInvitee(role: string): State<SmallClinic & Awaited<ReturnType<typeof invitedUser>>> {
  return defineState(`a clinic and a user invited as ${role}`, async (world) => {
    const state = await clinicWith().build(world);
    return { ...state, ...(await invitedUser(world, state, role)) };
  });
}
