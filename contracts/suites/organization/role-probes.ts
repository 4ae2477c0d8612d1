// One probe per organization operation that carries x-rules.permission: a request that a caller
// holding the permission gets past the check with, and the answer that proves it did (chosen to
// change nothing that matters where Better Auth's order allows). Which role gets which answer is
// not written here: the role matrix decides.
import { bodyOf } from "#contracts/expect-contract";
import { newIdentity } from "#targets/identities";
import { setupRequest } from "#contracts/states/index";
import type { ClinicWithEveryRole, State } from "#contracts/states/index";
import { sharedState } from "#contracts/states/shared-state";
import type { Actor, Exchange } from "#targets/target";

/** What a caller that holds the permission gets back. */
export type Passed = { status: number; code?: string; message?: string };

export type RoleProbe = {
  passes: Passed;
  /** How the pass is described in the check's title. */
  passTitle: string;
  send(caller: Actor, state: ClinicWithEveryRole, given: <S>(state: State<S>) => Promise<S>): Promise<Exchange>;
  /** The probe takes the clinic apart: it gets a clinic of its own instead of the shared workbench. */
  ownClinic?: true;
};

/** The member id of the state's user of a role, as the owner lists it. */
async function memberIdOf(state: ClinicWithEveryRole, role: string): Promise<string> {
  const owner = state.members.owner;
  const user = state.members[role];
  if (owner === undefined || user === undefined) throw new Error(`Failed to find the ${role} of the state's clinic.`);
  const list = bodyOf(await owner.actor.request(`/api/auth/organization/list-members?organizationId=${state.clinic.id}`), "listMembers", 200);
  const member = list.members.find((candidate) => candidate.userId === user.userId);
  if (member === undefined) throw new Error(`Failed to find the member row of the ${role}.`);
  return member.id;
}

/** The member id of a non-owner in another clinic (Better Auth looks member ids up in every clinic). */
async function foreignMemberId(given: <S>(state: State<S>) => Promise<S>): Promise<string> {
  const { members } = await given(sharedState("a clinic with one member per role, read only"));
  const colleague = members.lab;
  if (colleague === undefined) throw new Error("Failed to find the lab member of the other clinic.");
  return bodyOf(await colleague.actor.request("/api/auth/organization/get-active-member"), "getActiveMember", 200).id;
}

export const roleProbes: Record<string, RoleProbe> = {
  updateOrganization: {
    passes: { status: 200 },
    passTitle: "200 (renamed to its own name)",
    send: (caller, { clinic }) => caller.request("/api/auth/organization/update", { json: { data: { name: clinic.name }, organizationId: clinic.id } }),
  },
  deleteOrganization: {
    passes: { status: 200 },
    ownClinic: true,
    passTitle: "200 (the clinic is deleted)",
    send: (caller, { clinic }) => caller.request("/api/auth/organization/delete", { json: { organizationId: clinic.id } }),
  },
  inviteMember: {
    passes: { status: 400, message: "ROLE_NOT_FOUND: superuser" },
    passTitle: "400 ROLE_NOT_FOUND for an unknown role (checked after the permission)",
    send: (caller, { clinic }) =>
      caller.request("/api/auth/organization/invite-member", { json: { email: newIdentity("invitee").email, role: "superuser", organizationId: clinic.id } }),
  },
  cancelInvitation: {
    passes: { status: 200 },
    passTitle: "200 (an invitation the owner just sent is canceled)",
    async send(caller, { clinic, members }) {
      const owner = members.owner;
      if (owner === undefined) throw new Error("Failed to find the owner of the state's clinic.");
      const sent = await setupRequest(owner.actor, "/api/auth/organization/invite-member", { json: { email: newIdentity("invitee").email, role: "lab", organizationId: clinic.id } });
      return caller.request("/api/auth/organization/cancel-invitation", { json: { invitationId: bodyOf(sent, "inviteMember", 200).id } });
    },
  },
  listInvitations: {
    passes: { status: 200 },
    passTitle: "200 with the clinic's invitations",
    send: (caller, { clinic }) => caller.request(`/api/auth/organization/list-invitations?organizationId=${clinic.id}`),
  },
  updateMemberRole: {
    passes: { status: 400, code: "ROLE_NOT_FOUND", message: "ROLE_NOT_FOUND: superuser" },
    passTitle: "400 ROLE_NOT_FOUND for an unknown role (checked after the permission)",
    send: async (caller, state) =>
      caller.request("/api/auth/organization/update-member-role", { json: { memberId: await memberIdOf(state, "member"), role: "superuser", organizationId: state.clinic.id } }),
  },
  removeMember: {
    passes: { status: 400, code: "MEMBER_NOT_FOUND" },
    passTitle: "400 MEMBER_NOT_FOUND for another clinic's member (checked after the permission)",
    send: async (caller, { clinic }, given) =>
      caller.request("/api/auth/organization/remove-member", { json: { memberIdOrEmail: await foreignMemberId(given), organizationId: clinic.id } }),
  },
};
