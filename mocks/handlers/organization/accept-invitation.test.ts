// organization/accept-invitation: joining with the invited role, the stale cookie cache it leaves,
// expiry after 7 days by the mock clock, and the membership limit of 200.
import { expect, test } from "vitest";
import { betterAuthError } from "#openapi";
import type { MockApi } from "../../glossary.ts";
import { demoMock, field, pick, signedInAs, signedUp, type TestClient } from "#targets/testing/test-client";

const DAY = 24 * 3600_000;

/** Moves the clock past the invitations' 7 days, keeping the clients' 7-day sessions alive (they refresh once a day). */
async function pastSevenDays(api: MockApi, ...clients: TestClient[]) {
  api.clock.advance(6 * DAY);
  for (const client of clients) await client.request("/api/auth/get-session");
  api.clock.advance(DAY + 1_000);
}

async function invited(api: MockApi, inviter: TestClient, role = "reception") {
  const invitee = await signedUp(api, "invitee");
  const response = await inviter.request("/api/auth/organization/invite-member", { json: { email: invitee.email, role } });
  return { invitee, invitationId: field(response.body, "id") };
}

test("accepting adds the member with the invited role and leaves the cookie cache stale until set-active", async () => {
  const { api, seed } = await demoMock();
  const { invitee, invitationId } = await invited(api, await signedInAs(api, seed, "owner"));
  const accepted = await invitee.request("/api/auth/organization/accept-invitation", { json: { invitationId } });
  expect(accepted).toMatchObject({ status: 200, setCookies: [], body: { invitation: { status: "accepted" }, member: { role: "reception", organizationId: seed.clinic.id } } });
  expect((await invitee.request("/api/auth/get-session")).body).toMatchObject({ session: { activeOrganizationId: null } });
  expect((await invitee.request("/api/auth/organization/get-active-member")).body).toEqual(betterAuthError("NO_ACTIVE_ORGANIZATION"));
  await invitee.request("/api/auth/organization/set-active", { json: { organizationId: seed.clinic.id } });
  expect((await invitee.request("/api/auth/organization/get-active-member")).body).toMatchObject({ role: "reception" });
});

test("an invitation still opens just before its 7 days are over", async () => {
  const { api, seed } = await demoMock();
  const { invitee, invitationId } = await invited(api, await signedInAs(api, seed, "owner"));
  api.clock.advance(6 * DAY);
  await invitee.request("/api/auth/get-session");
  api.clock.advance(DAY - 60_000);
  expect((await invitee.request(`/api/auth/organization/get-invitation?id=${invitationId}`)).status).toBe(200);
  expect((await invitee.request("/api/auth/organization/accept-invitation", { json: { invitationId } })).status).toBe(200);
});

test("after 7 days the invitation is not found, and the address may be invited again", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const { invitee, invitationId } = await invited(api, owner);
  await pastSevenDays(api, owner, invitee);
  const notFound = { status: 400, body: betterAuthError("INVITATION_NOT_FOUND") };
  expect(await invitee.request(`/api/auth/organization/get-invitation?id=${invitationId}`)).toMatchObject(notFound);
  expect(await invitee.request("/api/auth/organization/accept-invitation", { json: { invitationId } })).toMatchObject(notFound);
  expect(await owner.request("/api/auth/organization/invite-member", { json: { email: invitee.email, role: "lab" } })).toMatchObject({ status: 200, body: { role: "lab" } });
});

test("an expired invitation can still be rejected (reject does not look at expiry)", async () => {
  const { api, seed } = await demoMock();
  const { invitee, invitationId } = await invited(api, await signedInAs(api, seed, "owner"));
  await pastSevenDays(api, invitee);
  expect(await invitee.request("/api/auth/organization/reject-invitation", { json: { invitationId } })).toMatchObject({ status: 200, body: { invitation: { status: "rejected" }, member: null } });
  expect(await invitee.request("/api/auth/organization/reject-invitation", { json: { invitationId } })).toMatchObject({ status: 400, body: { code: "INVITATION_NOT_FOUND", message: "Invitation not found!" } });
});

test("someone else's invitation is 403 YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION", async () => {
  const { api, seed } = await demoMock();
  const { invitationId } = await invited(api, await signedInAs(api, seed, "owner"));
  const stranger = await signedUp(api, "stranger");
  const notYours = { status: 403, body: betterAuthError("YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION") };
  expect(await stranger.request("/api/auth/organization/accept-invitation", { json: { invitationId } })).toMatchObject(notYours);
  expect(await stranger.request(`/api/auth/organization/get-invitation?id=${invitationId}`)).toMatchObject(notYours);
});

test("a clinic of 200 members refuses the next acceptance with 403 ORGANIZATION_MEMBERSHIP_LIMIT_REACHED", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const members = Number(pick((await owner.request("/api/auth/organization/list-members")).body, "total"));
  for (let count = members; count < 200; count++) {
    if (count % 90 === 0) api.clock.advance(10_001); // the owner's invite-member rate limit (100 per 10 s)
    const { invitee, invitationId } = await invited(api, owner, "member");
    expect((await invitee.request("/api/auth/organization/accept-invitation", { json: { invitationId } })).status).toBe(200);
  }
  const { invitee, invitationId } = await invited(api, owner, "member");
  expect(await invitee.request("/api/auth/organization/accept-invitation", { json: { invitationId } })).toMatchObject({ status: 403, body: betterAuthError("ORGANIZATION_MEMBERSHIP_LIMIT_REACHED") });
  expect((await owner.request("/api/auth/organization/list-members")).body).toMatchObject({ total: 200 });
}, 60_000);
