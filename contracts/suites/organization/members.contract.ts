// ORG: who is in a clinic and with which role: list and active member, role changes, removal (401
// without member:delete), leaving, and Better Auth's owner protections; and listing invitations.
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { memberOfItsOwn } from "#contracts/states/member-of-its-own";
import { sharedState } from "#contracts/states/shared-state";
import type { Actor } from "#targets/target";
import { invite, memberOf } from "./org-states.ts";

// Reads and refusals share clinics no check writes to; a check that changes a member, removes one or
// leaves does it to a member of its own in the run's workbench.
const readOnlyTeam = sharedState("a clinic with one member per role, read only");
const readOnlyClinic = sharedState("a clinic with only its owner, read only");
const readOnlyUser = sharedState("a signed-in user with no clinic, read only");
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");

const memberIdOf = async (actor: Actor) => bodyOf(await actor.request("/api/auth/organization/get-active-member"), "getActiveMember", 200).id;
const updateRole = (actor: Actor, memberId: string, role: string | string[]) => actor.request("/api/auth/organization/update-member-role", { json: { memberId, role } });

describe("GET /api/auth/organization/list-members", () => {
  check("ORG-LIST-MEMBERS", "lets any member list the clinic's members with their users, and the total", async ({ given }) => {
    const state = await given(readOnlyTeam);
    const body = bodyOf(await memberOf(state, "reception").actor.request("/api/auth/organization/list-members"), "listMembers", 200);
    const roles = Object.keys(state.members);
    expect(body.total).toBe(roles.length);
    expect(body.members.map((member) => [member.role, member.user.email]).sort()).toEqual(roles.map((role) => [role, memberOf(state, role).identity.email]).sort());
  });

  check("ORG-LIST-MEMBERS-FOREIGN", "refuses another clinic's members with 403 YOU_ARE_NOT_A_MEMBER_OF_THIS_ORGANIZATION", async ({ given }) => {
    const { clinic } = await given(readOnlyClinic);
    const stranger = await given(readOnlyUser);
    expectBetterAuthError(await stranger.actor.request(`/api/auth/organization/list-members?organizationId=${clinic.id}`), 403, "YOU_ARE_NOT_A_MEMBER_OF_THIS_ORGANIZATION");
  });
});

describe("GET /api/auth/organization/get-active-member", () => {
  check("ORG-ACTIVE-MEMBER", "answers the caller's member row in the active clinic, with its role and user", async ({ given }) => {
    const state = await given(readOnlyTeam);
    const pharmacy = memberOf(state, "pharmacy");
    const body = bodyOf(await pharmacy.actor.request("/api/auth/organization/get-active-member"), "getActiveMember", 200);
    expect(body).toMatchObject({ organizationId: state.clinic.id, userId: pharmacy.userId, role: "pharmacy", user: { email: pharmacy.identity.email } });
  });

  check("ORG-ACTIVE-MEMBER-NONE", "answers a session without an active clinic with 400 NO_ACTIVE_ORGANIZATION", async ({ given }) => {
    const user = await given(readOnlyUser);
    expectBetterAuthError(await user.actor.request("/api/auth/organization/get-active-member"), 400, "NO_ACTIVE_ORGANIZATION");
  });
});

describe("POST /api/auth/organization/update-member-role", () => {
  check("ORG-UPDATE-ROLE", "lets an admin give a member two roles, stored comma-joined", async ({ given }) => {
    const state = await given(workbench);
    const doctor = await given(memberOfItsOwn(state.clinic, state.owner, "doctor"));
    const body = bodyOf(await updateRole(memberOf(state, "admin").actor, await memberIdOf(doctor.actor), ["doctor", "lab"]), "updateMemberRole", 200);
    expect(body.role).toBe("doctor,lab");
  });

  check("ORG-UPDATE-ROLE-OF-OWNER", "refuses an admin changing the owner's role, or granting owner: 403 YOU_ARE_NOT_ALLOWED_TO_UPDATE_THIS_MEMBER", async ({ given }) => {
    const state = await given(readOnlyTeam);
    const admin = memberOf(state, "admin").actor;
    expectBetterAuthError(await updateRole(admin, await memberIdOf(state.owner.actor), "member"), 403, "YOU_ARE_NOT_ALLOWED_TO_UPDATE_THIS_MEMBER");
    expectBetterAuthError(await updateRole(admin, await memberIdOf(memberOf(state, "doctor").actor), "owner"), 403, "YOU_ARE_NOT_ALLOWED_TO_UPDATE_THIS_MEMBER");
  });

  check("ORG-UPDATE-ROLE-EMPTY", "answers an empty role with 400 and no body, as Better Auth does; raises the JSON label on an empty body as an advisory", async ({ given, advise }) => {
    const { owner } = await given(readOnlyClinic);
    const exchange = await updateRole(owner.actor, "", "");
    expect(exchange.status).toBe(400);
    expect(exchange.text).toBe("");
    if ((exchange.headers.get("content-type") ?? "").includes("json")) {
      advise("ADVISORY-EMPTY-JSON-ERROR-BODY", "low",
        "POST /api/auth/organization/update-member-role with an empty role answers 400 with an empty body labelled "
        + "Content-Type: application/json (Better Auth's APIError without a body): a client that parses every JSON-labelled "
        + "answer (res.json()) fails with a parse error instead of reading the 400.",
        "In the frontend, read the status before the body and parse JSON only when the body is not empty (or use "
        + "better-auth/client, which does); the server's answer is Better Auth's own and cannot be changed in configuration.");
    }
  });

  check("ORG-UPDATE-ROLE-LAST-OWNER", "refuses the only owner demoting themselves: 400 YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER", async ({ given }) => {
    const { owner } = await given(readOnlyClinic);
    expectBetterAuthError(await updateRole(owner.actor, await memberIdOf(owner.actor), "admin"), 400, "YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER");
  });
});

describe("POST /api/auth/organization/remove-member", () => {
  check("ORG-REMOVE-MEMBER-401", "refuses a doctor with 401 (not 403) YOU_ARE_NOT_ALLOWED_TO_DELETE_THIS_MEMBER", async ({ given }) => {
    const state = await given(readOnlyTeam);
    const exchange = await memberOf(state, "doctor").actor.request("/api/auth/organization/remove-member", { json: { memberIdOrEmail: memberOf(state, "lab").identity.email } });
    expectBetterAuthError(exchange, 401, "YOU_ARE_NOT_ALLOWED_TO_DELETE_THIS_MEMBER");
  });

  check("ORG-REMOVE-ONLY-OWNER", "refuses an admin removing the only owner: 400 YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER", async ({ given }) => {
    const state = await given(readOnlyTeam);
    const exchange = await memberOf(state, "admin").actor.request("/api/auth/organization/remove-member", { json: { memberIdOrEmail: state.owner.identity.email } });
    expectBetterAuthError(exchange, 400, "YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER");
  });

  check("ORG-REMOVE-BY-EMAIL", "lets the owner remove a member by email; the member can no longer read the clinic", async ({ given }) => {
    const state = await given(workbench);
    const lab = await given(memberOfItsOwn(state.clinic, state.owner, "lab"));
    const body = bodyOf(await state.owner.actor.request("/api/auth/organization/remove-member", { json: { memberIdOrEmail: lab.identity.email } }), "removeMember", 200);
    expect(body.member).toMatchObject({ userId: lab.userId, role: "lab" });
    expectBetterAuthError(await lab.actor.request("/api/auth/organization/get-active-member"), 400, "MEMBER_NOT_FOUND");
  });
});

describe("POST /api/auth/organization/leave", () => {
  check("ORG-LEAVE", "lets a member leave; the session row loses the active clinic", async ({ given }) => {
    const state = await given(workbench);
    const doctor = await given(memberOfItsOwn(state.clinic, state.owner, "doctor"));
    const body = bodyOf(await doctor.actor.request("/api/auth/organization/leave", { json: { organizationId: state.clinic.id } }), "leaveOrganization", 200);
    expect(body).toMatchObject({ userId: doctor.userId, role: "doctor" });
    const session = bodyOf(await doctor.actor.request("/api/auth/get-session?disableCookieCache=true"), "getSession", 200);
    expect(session?.session.activeOrganizationId ?? null).toBeNull();
  });

  check("ORG-LEAVE-ONLY-OWNER", "refuses the only owner: 400 YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER", async ({ given }) => {
    const { owner, clinic } = await given(readOnlyClinic);
    expectBetterAuthError(await owner.actor.request("/api/auth/organization/leave", { json: { organizationId: clinic.id } }), 400, "YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER");
  });
});

describe("GET /api/auth/organization/list-invitations", () => {
  check("ORG-LIST-INVITATIONS", "lists every invitation to the owner; an admin does not see owner invitations", async ({ given }) => {
    const state = await given(workbench);
    const forOwner = await invite(state.owner.actor, state.clinic.id, "owner");
    const forLab = await invite(state.owner.actor, state.clinic.id, "lab");
    const listed = (actor: Actor) => actor.request(`/api/auth/organization/list-invitations?organizationId=${state.clinic.id}`);
    const ids = (body: Array<{ id: string }>) => body.map((invitation) => invitation.id);
    expect(ids(bodyOf(await listed(state.owner.actor), "listInvitations", 200))).toEqual(expect.arrayContaining([forOwner.id, forLab.id]));
    const forAdmin = ids(bodyOf(await listed(memberOf(state, "admin").actor), "listInvitations", 200));
    expect(forAdmin).toContain(forLab.id);
    expect(forAdmin).not.toContain(forOwner.id);
  });
});
