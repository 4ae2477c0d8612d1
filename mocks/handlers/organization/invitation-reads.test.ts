// Reading invitations: who sees which (list-invitations, get-full-organization), the invitee's own
// views (get-invitation, list-user-invitations), and cancel.
import { expect, test } from "vitest";
import { betterAuthError } from "#openapi";
import { demoMock, field, pick, signedInAs, signedUp, testClient } from "#targets/testing/test-client";

async function clinicWithInvitations() {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const ownerInvite = await owner.request("/api/auth/organization/invite-member", { json: { email: "co-owner@example.test", role: "owner" } });
  const labInvite = await owner.request("/api/auth/organization/invite-member", { json: { email: "tech@example.test", role: "lab" } });
  return { api, seed, owner, ownerInviteId: field(ownerInvite.body, "id"), labInviteId: field(labInvite.body, "id") };
}

const emails = (body: unknown) => (Array.isArray(body) ? body : []).map((invitation: unknown) => pick(invitation, "email"));

test("the owner lists every invitation; an admin does not see owner invitations; a doctor is refused", async () => {
  const { api, seed, owner } = await clinicWithInvitations();
  expect(emails((await owner.request("/api/auth/organization/list-invitations")).body)).toEqual(["co-owner@example.test", "tech@example.test"]);
  const admin = await signedInAs(api, seed, "admin");
  expect(emails((await admin.request("/api/auth/organization/list-invitations")).body)).toEqual(["tech@example.test"]);
  const doctor = await signedInAs(api, seed, "doctor");
  expect(await doctor.request("/api/auth/organization/list-invitations")).toMatchObject({ status: 403, body: betterAuthError("YOU_ARE_NOT_ALLOWED_TO_LIST_INVITATIONS") });
});

test("get-full-organization shows invitations to whoever may list them, and none to others", async () => {
  const { api, seed } = await clinicWithInvitations();
  const admin = await signedInAs(api, seed, "admin");
  const doctor = await signedInAs(api, seed, "doctor");
  expect(emails(pick((await admin.request("/api/auth/organization/get-full-organization")).body, "invitations"))).toEqual(["tech@example.test"]);
  expect((await doctor.request("/api/auth/organization/get-full-organization")).body).toMatchObject({ id: seed.clinic.id, invitations: [], members: expect.any(Array) });
});

test("get-invitation answers the clinic's name and slug and the inviter's email to the invitee", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const invitee = await signedUp(api, "invitee");
  const invitationId = field((await owner.request("/api/auth/organization/invite-member", { json: { email: invitee.email, role: "doctor" } })).body, "id");
  expect((await invitee.request(`/api/auth/organization/get-invitation?id=${invitationId}`)).body).toMatchObject({
    id: invitationId, organizationName: seed.clinic.name, organizationSlug: seed.clinic.slug, inviterEmail: seed.users[0]?.email,
  });
  expect(await invitee.request("/api/auth/organization/get-invitation")).toMatchObject({ status: 400, body: { code: "VALIDATION_ERROR", message: "[query.id] Invalid input: expected string, received undefined" } });
});

test("signed out, get-invitation is 401 Not authenticated and list-user-invitations is 400, both without a code", async () => {
  const { api } = await demoMock();
  const anonymous = testClient(api);
  expect(await anonymous.request("/api/auth/organization/get-invitation?id=x")).toEqual(expect.objectContaining({ status: 401, body: { message: "Not authenticated" } }));
  expect(await anonymous.request("/api/auth/organization/list-user-invitations")).toEqual(expect.objectContaining({ status: 400, body: { message: "Missing session headers, or email query parameter." } }));
});

test("list-user-invitations needs a verified email", async () => {
  const { api } = await demoMock();
  const unverified = await signedUp(api, "unverified");
  expect(await unverified.request("/api/auth/organization/list-user-invitations")).toMatchObject({ status: 403, body: betterAuthError("EMAIL_VERIFICATION_REQUIRED_FOR_INVITATION") });
});

test("cancel marks even an accepted invitation canceled; a stranger to the clinic is 400 MEMBER_NOT_FOUND", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const invitee = await signedUp(api, "invitee");
  const invitationId = field((await owner.request("/api/auth/organization/invite-member", { json: { email: invitee.email, role: "doctor" } })).body, "id");
  await invitee.request("/api/auth/organization/accept-invitation", { json: { invitationId } });
  expect(await owner.request("/api/auth/organization/cancel-invitation", { json: { invitationId } })).toMatchObject({ status: 200, body: { status: "canceled" } });
  const stranger = await signedUp(api, "stranger");
  expect(await stranger.request("/api/auth/organization/cancel-invitation", { json: { invitationId } })).toMatchObject({ status: 400, body: betterAuthError("MEMBER_NOT_FOUND") });
});
