// ORG: creating, finding, renaming and deleting clinics (Better Auth organizations). create leaves
// the cookie-cached active clinic stale; see active-clinic.contract.ts for how that plays out.
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { sharedState } from "#contracts/states/shared-state";
import { newClinic } from "#targets/identities";
import { signedInUser } from "#contracts/states/index";
import { clinicWith, createRaw, deletedAfterwards, memberOf } from "./org-states.ts";

// Reads and refusals share clinics and a user no check writes to; the others get states of their own.
const readOnlyTeam = sharedState("a clinic with one member per role, read only");
const readOnlyClinic = sharedState("a clinic with only its owner, read only");
const readOnlyUser = sharedState("a signed-in user with no clinic, read only");

describe("POST /api/auth/organization/create", () => {
  check("ORG-CREATE-OWNER", "answers the new clinic with the caller as its only member, role owner", async ({ given }) => {
    const owner = await given(signedInUser);
    const { exchange, clinic } = await createRaw(owner.actor);
    await given(deletedAfterwards(owner, clinic));
    const body = bodyOf(exchange, "createOrganization", 200);
    expect(body.members).toEqual([expect.objectContaining({ userId: owner.userId, organizationId: clinic.id, role: "owner" })]);
    expect(exchange.setCookies, "create re-issues no cookie").toEqual([]);
  });

  check("ORG-CREATE-DUPLICATE-SLUG", "answers a slug another clinic has with 400 ORGANIZATION_ALREADY_EXISTS", async ({ given }) => {
    const { clinic } = await given(readOnlyClinic);
    const other = await given(readOnlyUser);
    const exchange = await other.actor.request("/api/auth/organization/create", { json: { name: "Copycat", slug: clinic.slug } });
    expectBetterAuthError(exchange, 400, "ORGANIZATION_ALREADY_EXISTS");
  });

  check("ORG-CREATE-SIGNED-OUT", "answers a request without a session with 401", async ({ actor }) => {
    const exchange = await actor("visitor").request("/api/auth/organization/create", { json: newClinic("anonymous") });
    expect(exchange.status).toBe(401);
  });
});

describe("POST /api/auth/organization/check-slug", () => {
  check("ORG-CHECK-SLUG-FREE", "answers {status: true} for a slug no clinic has", async ({ given }) => {
    const user = await given(readOnlyUser);
    const body = bodyOf(await user.actor.request("/api/auth/organization/check-slug", { json: { slug: newClinic("free").slug } }), "checkOrganizationSlug", 200);
    expect(body).toEqual({ status: true });
  });

  check("ORG-CHECK-SLUG-TAKEN", "answers a taken slug with 400 ORGANIZATION_SLUG_ALREADY_TAKEN", async ({ given }) => {
    const { clinic } = await given(readOnlyClinic);
    const user = await given(readOnlyUser);
    expectBetterAuthError(await user.actor.request("/api/auth/organization/check-slug", { json: { slug: clinic.slug } }), 400, "ORGANIZATION_SLUG_ALREADY_TAKEN");
  });
});

describe("GET /api/auth/organization/list", () => {
  check("ORG-LIST-MEMBERSHIPS", "lists the clinics the caller belongs to, and no other", async ({ given }) => {
    const mine = await given(readOnlyTeam);
    const theirs = await given(readOnlyClinic);
    const body = bodyOf(await memberOf(mine, "doctor").actor.request("/api/auth/organization/list"), "listOrganizations", 200);
    expect(body.map((clinic) => clinic.id)).toEqual([mine.clinic.id]);
    expect(body.map((clinic) => clinic.id)).not.toContain(theirs.clinic.id);
  });
});

describe("POST /api/auth/organization/update", () => {
  check("ORG-UPDATE-RENAME", "lets the owner rename the active clinic", async ({ given }) => {
    const { owner, clinic } = await given(clinicWith());
    const body = bodyOf(await owner.actor.request("/api/auth/organization/update", { json: { data: { name: `${clinic.name} renamed` } } }), "updateOrganization", 200);
    expect(body).toMatchObject({ id: clinic.id, name: `${clinic.name} renamed`, slug: clinic.slug });
  });

  check("ORG-UPDATE-SLUG-TAKEN", "answers a slug another clinic has with 400 ORGANIZATION_SLUG_ALREADY_TAKEN", async ({ given }) => {
    const { owner, clinic } = await given(readOnlyTeam);
    const other = await given(readOnlyClinic);
    const exchange = await owner.actor.request("/api/auth/organization/update", { json: { data: { slug: other.clinic.slug }, organizationId: clinic.id } });
    expectBetterAuthError(exchange, 400, "ORGANIZATION_SLUG_ALREADY_TAKEN");
  });

  check("ORG-UPDATE-NOT-A-MEMBER", "answers a clinic the caller is not in with 400 USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION", async ({ given }) => {
    const { clinic } = await given(readOnlyClinic);
    const stranger = await given(readOnlyUser);
    const exchange = await stranger.actor.request("/api/auth/organization/update", { json: { data: { name: "Hijacked" }, organizationId: clinic.id } });
    expectBetterAuthError(exchange, 400, "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION");
  });
});

describe("POST /api/auth/organization/delete", () => {
  check("ORG-DELETE-BY-OWNER", "lets the owner delete the clinic; it is gone from the list and from get-full-organization", async ({ given }) => {
    const { owner, clinic } = await given(clinicWith());
    const deleted = bodyOf(await owner.actor.request("/api/auth/organization/delete", { json: { organizationId: clinic.id } }), "deleteOrganization", 200);
    expect(deleted).toMatchObject({ id: clinic.id, slug: clinic.slug });
    expect(bodyOf(await owner.actor.request("/api/auth/organization/list"), "listOrganizations", 200)).toEqual([]);
    const full = await owner.actor.request(`/api/auth/organization/get-full-organization?organizationId=${clinic.id}`);
    expectBetterAuthError(full, 400, "ORGANIZATION_NOT_FOUND");
  });

  check("ORG-DELETE-BY-ADMIN", "refuses an admin with 403 YOU_ARE_NOT_ALLOWED_TO_DELETE_THIS_ORGANIZATION (owner only)", async ({ given }) => {
    const state = await given(readOnlyTeam);
    const exchange = await memberOf(state, "admin").actor.request("/api/auth/organization/delete", { json: { organizationId: state.clinic.id } });
    expectBetterAuthError(exchange, 403, "YOU_ARE_NOT_ALLOWED_TO_DELETE_THIS_ORGANIZATION");
  });

  check("ORG-DELETE-NOT-A-MEMBER", "answers a clinic the caller is not in with 400 USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION", async ({ given }) => {
    const { clinic } = await given(readOnlyClinic);
    const stranger = await given(readOnlyUser);
    const exchange = await stranger.actor.request("/api/auth/organization/delete", { json: { organizationId: clinic.id } });
    expectBetterAuthError(exchange, 400, "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION");
  });
});
