// The demo seed: Sunrise Family Clinic with one user per role, each able to sign in by username.
import { expect, test } from "vitest";
import { ROLES } from "#openapi";
import { createMockApi } from "../create-mock-api.ts";
import { demoMock, signedInAs } from "#targets/testing/test-client";

test("the demo seed names Sunrise Family Clinic and one user per role of the matrix", async () => {
  const { seed } = await demoMock();
  expect(seed.clinic).toMatchObject({ name: "Sunrise Family Clinic", slug: "sunrise-family-clinic" });
  expect(seed.users.map((user) => user.role)).toEqual([...ROLES]);
  for (const user of seed.users) expect(user.password.length).toBeGreaterThanOrEqual(12);
});

test.each(ROLES.map((role) => [role]))("the seeded %s signs in by username and lands in the clinic with that role", async (role) => {
  const { api, seed } = await demoMock();
  const client = await signedInAs(api, seed, role);
  const session = await client.request("/api/auth/get-session");
  expect(session.body).toMatchObject({ session: { activeOrganizationId: seed.clinic.id } });
  const member = await client.request("/api/auth/organization/get-active-member");
  expect(member.status).toBe(200);
  expect(member.body).toMatchObject({ organizationId: seed.clinic.id, role, user: { email: seed.users.find((user) => user.role === role)?.email } });
});

test("reset() seeds the demo clinic again, with a new id", async () => {
  const api = await createMockApi({ seed: "demo", log: () => {} });
  const before = api.seed()?.clinic.id;
  await api.reset();
  expect(api.seed()?.clinic.id).toEqual(expect.any(String));
  expect(api.seed()?.clinic.id).not.toBe(before);
});
