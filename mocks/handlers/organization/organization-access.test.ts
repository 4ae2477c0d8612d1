// The permission rules of the organization routes, generated from the spec: every operation with
// x-rules.permission × every role of the matrix, expecting x-rules.denied exactly where the role
// matrix withholds the permission (each cell on a fresh demo clinic, so permitted probes may change it).
import { expect, test } from "vitest";
import { betterAuthError, hasPermission, operations, ROLES } from "#openapi";
import type { MockApi, SeedInfo } from "../../glossary.ts";
import { demoMock, field, pick, seededUser, signedInAs, type TestClient, type TestResponse } from "#targets/testing/test-client";

type Probe = (caller: TestClient, world: { api: MockApi; seed: SeedInfo; owner: TestClient }) => Promise<TestResponse>;

/** Member id of the seeded user of a role, read by the owner. */
async function memberIdOf(world: { seed: SeedInfo; owner: TestClient }, role: string): Promise<string> {
  const { body } = await world.owner.request("/api/auth/organization/list-members");
  const email = seededUser(world.seed, role).email;
  const members = pick(body, "members");
  return field((Array.isArray(members) ? members : []).find((member: unknown) => pick(pick(member, "user"), "email") === email), "id");
}

/** One request per guarded operation that, when permitted, succeeds. */
const probes: Record<string, Probe> = {
  updateOrganization: (caller, { seed }) => caller.request("/api/auth/organization/update", { json: { data: { name: seed.clinic.name }, organizationId: seed.clinic.id } }),
  deleteOrganization: (caller, { seed }) => caller.request("/api/auth/organization/delete", { json: { organizationId: seed.clinic.id } }),
  inviteMember: (caller) => caller.request("/api/auth/organization/invite-member", { json: { email: "new.hire@example.test", role: "doctor" } }),
  cancelInvitation: async (caller, { owner }) => {
    const invited = await owner.request("/api/auth/organization/invite-member", { json: { email: "maybe@example.test", role: "lab" } });
    return caller.request("/api/auth/organization/cancel-invitation", { json: { invitationId: field(invited.body, "id") } });
  },
  listInvitations: (caller) => caller.request("/api/auth/organization/list-invitations"),
  updateMemberRole: async (caller, world) => caller.request("/api/auth/organization/update-member-role", { json: { memberId: await memberIdOf(world, "member"), role: "doctor" } }),
  removeMember: (caller, { seed }) => caller.request("/api/auth/organization/remove-member", { json: { memberIdOrEmail: seededUser(seed, "member").email } }),
};

const guarded = operations.filter((op) => op.family === "better-auth" && op.path.startsWith("/api/auth/organization/") && op.rules.permission !== undefined);

test("every organization operation with x-rules.permission has a probe", () => {
  expect(guarded.map((op) => op.operationId).filter((id) => probes[id] === undefined)).toEqual([]);
});

const cells = guarded.flatMap((op) => ROLES.map((role) => ({ op, role, allowed: hasPermission(role, op.rules.permission ?? "") })));

test.each(cells.map((cell) => [cell.op.operationId, cell.allowed ? "lets" : "refuses", cell.role, cell] as const))("%s %s the %s", async (_, __, role, { op, allowed }) => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const caller = role === "owner" ? owner : await signedInAs(api, seed, role);
  const probe = probes[op.operationId];
  const { denied } = op.rules;
  if (probe === undefined || denied === undefined) throw new Error(`Failed to probe ${op.operationId}: no probe, or no x-rules.denied.`);
  const response = await probe(caller, { api, seed, owner });
  if (allowed) expect(response.status, JSON.stringify(response.body)).toBe(200);
  else expect(response).toMatchObject({ status: denied.status, body: betterAuthError(denied.code) });
});
