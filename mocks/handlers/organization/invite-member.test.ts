// organization/invite-member: who may invite with which role, duplicates and resend, the
// invitation email in the outbox, and Better Auth's limit of 100 pending invitations.
import { expect, test } from "vitest";
import { betterAuthError } from "#openapi";
import { demoMock, field, signedInAs } from "#targets/testing/test-client";

const invite = (json: Record<string, unknown>) => ["/api/auth/organization/invite-member", { json }] as const;

test("the invitation is pending for 7 days and its email links to the frontend's accept-invite page", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const response = await owner.request(...invite({ email: "New.Hire@Example.test", role: "doctor" }));
  const id = field(response.body, "id");
  expect(response.body).toMatchObject({ email: "new.hire@example.test", role: "doctor", status: "pending", organizationId: seed.clinic.id });
  expect(Date.parse(field(response.body, "expiresAt")) - api.clock.now()).toBeGreaterThan(7 * 24 * 3600_000 - 5_000);
  expect(api.outbox.list("new.hire@example.test")).toMatchObject([
    { kind: "invitation", url: `http://localhost:3000/accept-invite?id=${id}`, token: id, subject: "You're invited to join Sunrise Family Clinic on temetro" },
  ]);
});

test("an admin may not invite an owner; the owner may invite a second owner", async () => {
  const { api, seed } = await demoMock();
  const admin = await signedInAs(api, seed, "admin");
  const owner = await signedInAs(api, seed, "owner");
  expect(await admin.request(...invite({ email: "boss@example.test", role: "owner" }))).toMatchObject({ status: 403, body: betterAuthError("YOU_ARE_NOT_ALLOWED_TO_INVITE_USER_WITH_THIS_ROLE") });
  expect(await owner.request(...invite({ email: "boss@example.test", role: "owner" }))).toMatchObject({ status: 200, body: { role: "owner" } });
});

test("an unknown role is 400 with a code-less ROLE_NOT_FOUND message; an empty list is coded", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  expect(await owner.request(...invite({ email: "x@example.test", role: "superuser" }))).toEqual(expect.objectContaining({ status: 400, body: { message: "ROLE_NOT_FOUND: superuser" } }));
  expect(await owner.request(...invite({ email: "x@example.test", role: "x, y,doctor" }))).toMatchObject({ status: 400, body: { message: "ROLE_NOT_FOUND: x, y" } });
  expect(await owner.request(...invite({ email: "x@example.test", role: [] }))).toMatchObject({ status: 400, body: betterAuthError("ROLE_NOT_FOUND") });
});

test("several roles are stored comma-joined, and a malformed email is 400 INVALID_EMAIL", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  expect(await owner.request(...invite({ email: "two@example.test", role: ["doctor", " lab"] }))).toMatchObject({ status: 200, body: { role: "doctor,lab" } });
  expect(await owner.request(...invite({ email: "not-an-email", role: "doctor" }))).toMatchObject({ status: 400, body: betterAuthError("INVALID_EMAIL") });
});

test("inviting a member is 400; a pending invitation is 400 unless resent, which keeps its id and mails again", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  expect(await owner.request(...invite({ email: seed.users[1]?.email, role: "doctor" }))).toMatchObject({ status: 400, body: betterAuthError("USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION") });
  const first = await owner.request(...invite({ email: "twice@example.test", role: "lab" }));
  expect(await owner.request(...invite({ email: "twice@example.test", role: "lab" }))).toMatchObject({ status: 400, body: betterAuthError("USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION") });
  api.clock.advance(3_600_000);
  const resent = await owner.request(...invite({ email: "twice@example.test", role: "doctor", resend: true }));
  expect(resent.body).toMatchObject({ id: field(first.body, "id"), role: "lab" });
  expect(Date.parse(field(resent.body, "expiresAt"))).toBeGreaterThan(Date.parse(field(first.body, "expiresAt")));
  expect(api.outbox.list("twice@example.test")).toHaveLength(2);
});

test("a role without invitation:create is refused before the role is looked at", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  expect(await doctor.request(...invite({ email: "x@example.test", role: "superuser" }))).toMatchObject({ status: 403, body: betterAuthError("YOU_ARE_NOT_ALLOWED_TO_INVITE_USERS_TO_THIS_ORGANIZATION") });
});

test("the 101st pending invitation is 403 INVITATION_LIMIT_REACHED", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  for (let i = 0; i < 100; i++) expect((await owner.request(...invite({ email: `p${i}@example.test`, role: "doctor" }))).status).toBe(200);
  api.clock.advance(10_001); // past the default rate-limit window (100 per 10 s per IP and path)
  expect(await owner.request(...invite({ email: "one-more@example.test", role: "doctor" }))).toMatchObject({ status: 403, body: betterAuthError("INVITATION_LIMIT_REACHED") });
});
