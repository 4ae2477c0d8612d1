// Better Auth's owner protections across remove-member, update-member-role and leave: only an
// owner touches an owner, a clinic never loses its last owner, and remove-member without
// member:delete is 401.
import { expect, test } from "vitest";
import { betterAuthError } from "#openapi";
import { demoMock, field, pick, seededUser, signedInAs, signedUp } from "#targets/testing/test-client";

async function memberIdOf(client: Awaited<ReturnType<typeof signedInAs>>) {
  return field((await client.request("/api/auth/organization/get-active-member")).body, "id");
}

test("an admin removing the only owner is 400 YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER", async () => {
  const { api, seed } = await demoMock();
  const admin = await signedInAs(api, seed, "admin");
  expect(await admin.request("/api/auth/organization/remove-member", { json: { memberIdOrEmail: seededUser(seed, "owner").email } }))
    .toMatchObject({ status: 400, body: betterAuthError("YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER") });
});

test("a doctor removing anyone is 401 YOU_ARE_NOT_ALLOWED_TO_DELETE_THIS_MEMBER", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  expect(await doctor.request("/api/auth/organization/remove-member", { json: { memberIdOrEmail: seededUser(seed, "lab").email } }))
    .toMatchObject({ status: 401, body: betterAuthError("YOU_ARE_NOT_ALLOWED_TO_DELETE_THIS_MEMBER") });
});

test("the only owner can neither leave nor demote themselves", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  expect(await owner.request("/api/auth/organization/leave", { json: { organizationId: seed.clinic.id } }))
    .toMatchObject({ status: 400, body: betterAuthError("YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER") });
  expect(await owner.request("/api/auth/organization/update-member-role", { json: { memberId: await memberIdOf(owner), role: "admin" } }))
    .toMatchObject({ status: 400, body: betterAuthError("YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER") });
});

test("an admin may neither change an owner's role nor grant the owner role", async () => {
  const { api, seed } = await demoMock();
  const admin = await signedInAs(api, seed, "admin");
  const owner = await signedInAs(api, seed, "owner");
  const lab = await signedInAs(api, seed, "lab");
  const refused = { status: 403, body: betterAuthError("YOU_ARE_NOT_ALLOWED_TO_UPDATE_THIS_MEMBER") };
  expect(await admin.request("/api/auth/organization/update-member-role", { json: { memberId: await memberIdOf(owner), role: "member" } })).toMatchObject(refused);
  expect(await admin.request("/api/auth/organization/update-member-role", { json: { memberId: await memberIdOf(lab), role: "owner" } })).toMatchObject(refused);
  expect(await admin.request("/api/auth/organization/update-member-role", { json: { memberId: await memberIdOf(lab), role: ["doctor", "lab"] } }))
    .toMatchObject({ status: 200, body: { role: "doctor,lab" } });
});

test("with a second owner, an owner may demote themselves and the other may leave", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const lab = await signedInAs(api, seed, "lab");
  expect((await owner.request("/api/auth/organization/update-member-role", { json: { memberId: await memberIdOf(lab), role: "owner" } })).status).toBe(200);
  expect(await owner.request("/api/auth/organization/update-member-role", { json: { memberId: await memberIdOf(owner), role: "admin" } })).toMatchObject({ status: 200, body: { role: "admin" } });
  expect((await lab.request("/api/auth/organization/leave", { json: { organizationId: seed.clinic.id } })).status).toBe(400);
});

test("an owner removes a member by email; the answer carries the user, and a leaver's session row loses the clinic", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const pharmacy = await signedInAs(api, seed, "pharmacy");
  const email = seededUser(seed, "pharmacy").email;
  expect(await owner.request("/api/auth/organization/remove-member", { json: { memberIdOrEmail: email } })).toMatchObject({ status: 200, body: { member: { role: "pharmacy", user: { email } } } });
  const doctor = await signedInAs(api, seed, "doctor");
  expect(await doctor.request("/api/auth/organization/leave", { json: { organizationId: seed.clinic.id } })).toMatchObject({ status: 200, body: { role: "doctor" } });
  expect((await doctor.request("/api/auth/get-session?disableCookieCache=true")).body).toMatchObject({ session: { activeOrganizationId: null } });
  expect((await pharmacy.request("/api/auth/organization/get-active-member")).body).toEqual(betterAuthError("MEMBER_NOT_FOUND"));
});

test("removing another clinic's member by id is 400 MEMBER_NOT_FOUND for an admin, 401 for a doctor", async () => {
  const { api, seed } = await demoMock();
  const outsider = await signedUp(api, "outsider");
  const created = await outsider.request("/api/auth/organization/create", { json: { name: "Elsewhere", slug: "elsewhere" } });
  const colleague = await signedUp(api, "colleague");
  const invitation = await outsider.request("/api/auth/organization/invite-member", { json: { email: colleague.email, role: "lab", organizationId: field(created.body, "id") } });
  const joined = await colleague.request("/api/auth/organization/accept-invitation", { json: { invitationId: field(invitation.body, "id") } });
  const foreignMemberId = field(pick(joined.body, "member"), "id");
  const admin = await signedInAs(api, seed, "admin");
  const doctor = await signedInAs(api, seed, "doctor");
  expect(await admin.request("/api/auth/organization/remove-member", { json: { memberIdOrEmail: foreignMemberId } })).toMatchObject({ status: 400, body: betterAuthError("MEMBER_NOT_FOUND") });
  expect(await doctor.request("/api/auth/organization/remove-member", { json: { memberIdOrEmail: foreignMemberId } })).toMatchObject({ status: 401, body: betterAuthError("YOU_ARE_NOT_ALLOWED_TO_DELETE_THIS_MEMBER") });
});
