// The staff handlers on a demo clinic: provisioning (D13, placeholder email, username sign-in),
// providers, specialties (D12) and admin-set passwords (D20).
import { expect, test } from "vitest";
import { betterAuthError, temetroMessage } from "#openapi";
import { demoMock, field, pick, seededUser, signedInAs, testClient } from "#targets/testing/test-client";

const frontDesk = { name: "Grace Mensah", username: "FrontDesk1", password: "correct-horse-battery-1", role: "reception" };

test("provisions an account with the placeholder email that then signs in by username (D13)", async () => {
  const { api, seed } = await demoMock();
  const admin = await signedInAs(api, seed, "admin");
  const created = await admin.request("/api/staff", { json: frontDesk });
  expect(created).toMatchObject({ status: 201, body: { name: "Grace Mensah", email: "frontdesk1@sunrise-family-clinic.temetro.local", username: "frontdesk1", role: "reception" } });
  expect(Object.keys(created.body ?? {}).sort()).toEqual(["email", "name", "role", "userId", "username"]);
  const staff = testClient(api);
  const signedIn = await staff.request("/api/auth/sign-in/username", { json: { username: "frontdesk1", password: frontDesk.password } });
  expect(signedIn.status).toBe(200);
  expect((await staff.request("/api/conversations")).status).toBe(200);
});

test("answers 400 with Better Auth's message for a taken username", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const taken = await owner.request("/api/staff", { json: { ...frontDesk, username: seededUser(seed, "doctor").username } });
  expect({ status: taken.status, body: taken.body, setCookies: taken.setCookies }).toEqual({ status: 400, body: { error: betterAuthError("USERNAME_IS_ALREADY_TAKEN").message }, setCookies: [] });
});

test("refuses a username with other characters with temetro's message", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const refused = await owner.request("/api/staff", { json: { ...frontDesk, username: "front desk" } });
  expect(refused).toMatchObject({ status: 400, body: { details: [{ path: ["username"], message: "Username may only contain letters, numbers, dots and underscores." }] } });
});

test("counts the trimmed username as temetro does, and checks the address as Better Auth's sign-up does", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  // Found by fuzzing: the spec's lengths count the untrimmed value, the plugin's the stored one.
  const short = await owner.request("/api/staff", { json: { ...frontDesk, username: "  .  " } });
  expect({ status: short.status, body: short.body, setCookies: short.setCookies }).toEqual({ status: 400, setCookies: [], body: { error: "Validation failed", details: [
    { origin: "string", code: "too_small", minimum: 3, inclusive: true, path: ["username"], message: "Too small: expected string to have >=3 characters" },
  ] } });
  // ".a." is a valid username, but its placeholder ".a.@<slug>.temetro.local" is no e-mail address (was a 500).
  const placeholder = await owner.request("/api/staff", { json: { ...frontDesk, username: ".a." } });
  expect({ status: placeholder.status, body: placeholder.body, setCookies: placeholder.setCookies }).toEqual({ status: 400, body: { error: "[body.email] Invalid email address" }, setCookies: [] });
});

test("lists providers to any member, only exact owner, admin, doctor and member roles, with specialties (D12)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const providers = (await owner.request("/api/staff/providers")).body;
  const doctor = Array.isArray(providers) ? providers.find((row) => pick(row, "role") === "doctor") : undefined;
  const set = await owner.request(`/api/staff/${field(doctor, "userId")}`, { method: "PATCH", json: { specialty: "  Paediatric cardiology (any text) " } });
  expect(set.body).toEqual({ userId: field(doctor, "userId"), specialty: "Paediatric cardiology (any text)" });
  const lab = await signedInAs(api, seed, "lab");
  const seen = (await lab.request("/api/staff/providers")).body;
  // By name: Daniel Okafor, Dr. Amina Yusuf, Dr. Kwame Asante, Dr. Leila Haddad, Tomás Rivera; reception, pharmacy and lab are not providers.
  expect(Array.isArray(seen) ? seen.map((row) => pick(row, "role")) : []).toEqual(["admin", "owner", "doctor", "doctor", "member"]);
  expect(Array.isArray(seen) ? seen.find((row) => pick(row, "role") === "doctor") : undefined).toMatchObject({ specialty: "Paediatric cardiology (any text)" });
  const cleared = await owner.request(`/api/staff/${field(doctor, "userId")}`, { method: "PATCH", json: { specialty: "   " } });
  expect(cleared.body).toMatchObject({ specialty: null });
});

test("lets an admin set the owner's password without ending the owner's session (D20)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const admin = await signedInAs(api, seed, "admin");
  const list = (await admin.request("/api/staff")).body;
  const ownerRow = Array.isArray(list) ? list.find((row) => pick(row, "role") === "owner") : undefined;
  const set = await admin.request(`/api/staff/${field(ownerRow, "userId")}/password`, { method: "PATCH", json: { newPassword: "an-admin-chose-this" } });
  expect(set.body).toEqual({ ok: true });
  expect((await owner.request("/api/tasks")).status).toBe(200);
  const again = await testClient(api).request("/api/auth/sign-in/username", { json: { username: seededUser(seed, "owner").username, password: "an-admin-chose-this" } });
  expect(again.status).toBe(200);
});

test("refuses a member past the 200-member limit with 400 and Better Auth's reason, not a 500 (D23)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const members = (await owner.request("/api/auth/organization/list-members")).body;
  const seeded = typeof members === "object" && members !== null && "total" in members ? Number(members.total) : Number.NaN;
  expect(seeded).toBeGreaterThan(0);
  for (let count = seeded; count < 200; count++) {
    const created = await owner.request("/api/staff", { json: { ...frontDesk, username: `staff_${count}` } });
    expect(created.status).toBe(201);
  }
  const refused = await owner.request("/api/staff", { json: { ...frontDesk, username: "staff_201" } });
  expect(refused).toMatchObject({ status: 400, body: { error: betterAuthError("ORGANIZATION_MEMBERSHIP_LIMIT_REACHED").message } });
  expect((await owner.request("/api/auth/organization/list-members")).body).toMatchObject({ total: 200 });
}, 60_000);

test(`answers 404 ${temetroMessage("MEMBER_NOT_FOUND")} for a user outside the clinic`, async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  expect(await owner.request("/api/staff/nobody", { method: "PATCH", json: { specialty: null } })).toMatchObject({ status: 404, body: { error: temetroMessage("MEMBER_NOT_FOUND") } });
  expect(await owner.request("/api/staff/nobody/password", { method: "PATCH", json: { newPassword: "long-enough-password" } })).toMatchObject({ status: 404 });
});
