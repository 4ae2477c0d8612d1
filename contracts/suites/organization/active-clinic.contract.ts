// ORG: the session's active clinic. create and accept-invitation set it on the session row without
// re-issuing the 5-minute session_data cookie, so get-session shows the old value until set-active
// (which re-issues both cookies) or until the cache runs out.
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { sharedState } from "#contracts/states/shared-state";
import { signedInUser } from "#contracts/states/index";
import type { Actor } from "#targets/target";
import { clinicWith, createRaw, deletedAfterwards, inviteeOfItsOwn, memberOf } from "./org-states.ts";

// Refusals share a clinic and a user no check writes to; an invitee of its own joins the run's
// workbench; the others get states of their own.
const readOnlyClinic = sharedState("a clinic with only its owner, read only");
const readOnlyUser = sharedState("a signed-in user with no clinic, read only");
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");

const activeClinicOf = async (actor: Actor, query = "") =>
  bodyOf(await actor.request(`/api/auth/get-session${query}`), "getSession", 200)?.session.activeOrganizationId ?? null;

describe("POST /api/auth/organization/create", () => {
  check("ORG-CREATE-STALE-COOKIE-CACHE", "leaves get-session on the old active clinic (none) until set-active", async ({ given }) => {
    const owner = await given(signedInUser);
    const { clinic } = await createRaw(owner.actor);
    await given(deletedAfterwards(owner, clinic));
    expect(await activeClinicOf(owner.actor), "get-session right after create").toBeNull();
    await owner.actor.request("/api/auth/organization/set-active", { json: { organizationId: clinic.id } });
    expect(await activeClinicOf(owner.actor), "get-session after set-active").toBe(clinic.id);
  });

  check("ORG-CREATE-SESSION-ROW", "sets the new clinic active on the session row (get-session with disableCookieCache=true)", async ({ given }) => {
    const owner = await given(signedInUser);
    const { clinic } = await createRaw(owner.actor);
    await given(deletedAfterwards(owner, clinic));
    expect(await activeClinicOf(owner.actor, "?disableCookieCache=true")).toBe(clinic.id);
  });

  check("ORG-CREATE-STALE-CACHE-EXPIRES", "lets get-session show the new clinic once the 5-minute cookie cache has run out", async ({ given, target }) => {
    const owner = await given(signedInUser);
    const { clinic } = await createRaw(owner.actor);
    await given(deletedAfterwards(owner, clinic));
    await target.advanceClock(301_000);
    expect(await activeClinicOf(owner.actor)).toBe(clinic.id);
  }, { requires: ["clock"] });
});

describe("POST /api/auth/organization/accept-invitation", () => {
  check("ORG-ACCEPT-STALE-COOKIE-CACHE", "leaves get-session without the joined clinic until set-active", async ({ given }) => {
    const bench = await given(workbench);
    const { clinic } = bench;
    const { user, invitation } = await given(inviteeOfItsOwn(bench, "reception"));
    const accepted = bodyOf(await user.actor.request("/api/auth/organization/accept-invitation", { json: { invitationId: invitation.id } }), "acceptInvitation", 200);
    expect(accepted.member).toMatchObject({ organizationId: clinic.id, userId: user.userId, role: "reception" });
    expect(await activeClinicOf(user.actor), "get-session right after accepting").toBeNull();
    expectBetterAuthError(await user.actor.request("/api/auth/organization/get-active-member"), 400, "NO_ACTIVE_ORGANIZATION");
    await user.actor.request("/api/auth/organization/set-active", { json: { organizationId: clinic.id } });
    expect(await activeClinicOf(user.actor), "get-session after set-active").toBe(clinic.id);
  });
});

describe("POST /api/auth/organization/set-active", () => {
  check("ORG-SET-ACTIVE-COOKIES", "re-issues both session cookies and answers the clinic", async ({ given }) => {
    const state = await given(clinicWith("doctor"));
    const doctor = memberOf(state, "doctor").actor;
    await doctor.request("/api/auth/organization/set-active", { json: { organizationId: null } });
    const exchange = await doctor.request("/api/auth/organization/set-active", { json: { organizationId: state.clinic.id } });
    expect(bodyOf(exchange, "setActiveOrganization", 200)).toMatchObject({ id: state.clinic.id, slug: state.clinic.slug });
    expect(exchange.setCookies.map((cookie) => cookie.split("=")[0]?.replace(/^__Secure-/, ""))).toEqual(["better-auth.session_token", "better-auth.session_data"]);
    expect(await activeClinicOf(doctor)).toBe(state.clinic.id);
  });

  check("ORG-SET-ACTIVE-NULL", "clears the active clinic with organizationId null and answers null", async ({ given }) => {
    const { owner } = await given(clinicWith());
    expect(bodyOf(await owner.actor.request("/api/auth/organization/set-active", { json: { organizationId: null } }), "setActiveOrganization", 200)).toBeNull();
    expect(await activeClinicOf(owner.actor)).toBeNull();
  });

  check("ORG-SET-ACTIVE-FOREIGN", "refuses a clinic the caller is not in with 403 USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION", async ({ given }) => {
    const { clinic } = await given(readOnlyClinic);
    const stranger = await given(readOnlyUser);
    const exchange = await stranger.actor.request("/api/auth/organization/set-active", { json: { organizationId: clinic.id } });
    expectBetterAuthError(exchange, 403, "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION");
  });

  check("ORG-SET-ACTIVE-UNKNOWN", "refuses an unknown id with 403 USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION", async ({ given }) => {
    const user = await given(readOnlyUser);
    const exchange = await user.actor.request("/api/auth/organization/set-active", { json: { organizationId: "contract-no-such-clinic" } });
    expectBetterAuthError(exchange, 403, "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION");
  });
});

describe("GET /api/auth/organization/get-full-organization", () => {
  check("ORG-FULL-ORGANIZATION", "answers the active clinic with its members; invitations only for those who may list them", async ({ given }) => {
    const state = await given(clinicWith("doctor"));
    await state.owner.actor.request("/api/auth/organization/invite-member", { json: { email: `t-pending-${state.clinic.slug}@example.test`, role: "lab" } });
    const forOwner = bodyOf(await state.owner.actor.request("/api/auth/organization/get-full-organization"), "getFullOrganization", 200);
    expect(forOwner).toMatchObject({ id: state.clinic.id, invitations: expect.arrayContaining([expect.objectContaining({ role: "lab", status: "pending" })]) });
    expect(forOwner?.members.map((member) => member.role).sort()).toEqual(["doctor", "owner"]);
    const forDoctor = bodyOf(await memberOf(state, "doctor").actor.request("/api/auth/organization/get-full-organization"), "getFullOrganization", 200);
    expect(forDoctor?.invitations).toEqual([]);
  });

  check("ORG-FULL-ORGANIZATION-FOREIGN", "refuses a clinic the caller is not in with 403 USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION", async ({ given }) => {
    const { clinic } = await given(readOnlyClinic);
    const stranger = await given(readOnlyUser);
    const exchange = await stranger.actor.request(`/api/auth/organization/get-full-organization?organizationId=${clinic.id}`);
    expectBetterAuthError(exchange, 403, "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION");
  });
});
