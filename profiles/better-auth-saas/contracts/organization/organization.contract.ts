// ORG: organizations, only for users with a verified email (the seed's "Users must verify their
// email before creating organizations"; BS03). The creator becomes the owner and the organization
// the session's active one.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { uniqueTag } from "#targets/identities";
import { bodyOf, signedUp, verifiedUser } from "../profile-states.ts";

const newOrganization = () => {
  const tag = uniqueTag();
  return { name: `contract-org-${tag}`, slug: `contract-org-${tag}` };
};

describe("POST /api/auth/organization/create", () => {
  check("ORG-UNVERIFIED-REFUSED", "refuses a signed-in user whose email is not verified with 403 YOU_ARE_NOT_ALLOWED_TO_CREATE_A_NEW_ORGANIZATION, and creates nothing", async ({ given }) => {
    const { actor } = await given(signedUp("unverified org"));
    const exchange = await actor.request("/api/auth/organization/create", { json: newOrganization() });
    expect(exchange.status).toBe(403);
    expect(exchange.body).toEqual({ code: "YOU_ARE_NOT_ALLOWED_TO_CREATE_A_NEW_ORGANIZATION", message: "You are not allowed to create a new organization" });
    expect(bodyOf(await actor.request("/api/auth/organization/list"), "listOrganizations", 200)).toEqual([]);
  });

  check("ORG-VERIFIED-CREATES", "lets a verified user create one: 200 with the caller as owner, listed, and active in the session", async ({ given }) => {
    const { actor, userId } = await given(verifiedUser("org"));
    const wanted = newOrganization();
    const created = bodyOf(await actor.request("/api/auth/organization/create", { json: wanted }), "createOrganization", 200);
    expect(created).toMatchObject(wanted);
    expect(created.members).toEqual([expect.objectContaining({ userId, role: "owner", organizationId: created.id })]);
    const listed = bodyOf(await actor.request("/api/auth/organization/list"), "listOrganizations", 200);
    expect(listed.map((organization) => organization.id)).toEqual([created.id]);
    const session = bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200);
    expect(session?.session.activeOrganizationId).toBe(created.id);
  });

  check("ORG-SIGNED-OUT-401", "refuses a caller without a session with 401 and an empty body", async ({ actor }) => {
    const exchange = await actor("visitor").request("/api/auth/organization/create", { json: newOrganization() });
    expect([exchange.status, exchange.text]).toEqual([401, ""]);
  });
});
