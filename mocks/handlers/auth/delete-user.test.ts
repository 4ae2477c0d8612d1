// POST /api/auth/delete-user against the mock.
import { expect, test } from "vitest";
import { createMockApi } from "../../create-mock-api.ts";
import { signUp, field, testClient } from "#targets/testing/test-client";

const DAY = 24 * 60 * 60 * 1000;

const setUp = async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  return { api, browser, account: await signUp(browser) };
};

test("delete-user with the password deletes the user, ends its sessions and expires every cookie", async () => {
  const { api, browser, account } = await setUp();
  const phone = testClient(api);
  await phone.request("/api/auth/sign-in/email", { json: { email: account.email, password: account.password } });
  const response = await browser.request("/api/auth/delete-user", { json: { password: account.password } });
  expect(response.body).toEqual({ success: true, message: "User deleted" });
  expect(response.setCookies.every((cookie) => cookie.includes("Max-Age=0"))).toBe(true);
  expect((await phone.request("/api/auth/get-session?disableCookieCache=true")).body).toBeNull();
  const signIn = await testClient(api).request("/api/auth/sign-in/email", { json: { email: account.email, password: account.password } });
  expect(signIn.status).toBe(401);
});

test("delete-user without a password works while the session is younger than a day", async () => {
  const { browser } = await setUp();
  expect((await browser.request("/api/auth/delete-user", { json: {} })).status).toBe(200);
});

test("delete-user without a password on a day-old session is 400 SESSION_EXPIRED", async () => {
  const { api, browser } = await setUp();
  api.clock.advance(DAY);
  const response = await browser.request("/api/auth/delete-user", { json: {} });
  expect(response.body).toEqual({ code: "SESSION_EXPIRED", message: "Session expired. Re-authenticate to perform this action." });
});

test("delete-user with a wrong password is 400 INVALID_PASSWORD and deletes nothing", async () => {
  const { browser } = await setUp();
  const response = await browser.request("/api/auth/delete-user", { json: { password: "not-the-password" } });
  expect(response.body).toEqual({ code: "INVALID_PASSWORD", message: "Invalid password" });
  expect((await browser.request("/api/auth/get-session?disableCookieCache=true")).body).not.toBeNull();
});

test("delete-user with no JSON body is 400 VALIDATION_ERROR, signed out 401", async () => {
  const { api, browser } = await setUp();
  const noBody = await browser.request("/api/auth/delete-user", { method: "POST" });
  const signedOut = await testClient(api).request("/api/auth/delete-user", { json: {} });
  expect(noBody.body).toEqual({ code: "VALIDATION_ERROR", message: "[body] Invalid input: expected object, received undefined" });
  expect(signedOut.status).toBe(401);
});

test("delete-user also removes the user's clinic memberships", async () => {
  const { api, browser: owner } = await setUp();
  const clinic = await owner.request("/api/auth/organization/create", { json: { name: "Leavers Clinic", slug: "leavers-clinic" } });
  const organizationId = field(clinic.body, "id");
  const memberBrowser = testClient(api);
  const member = await signUp(memberBrowser);
  const invitation = await owner.request("/api/auth/organization/invite-member", { json: { email: member.email, role: "doctor", organizationId } });
  await memberBrowser.request("/api/auth/organization/accept-invitation", { json: { invitationId: field(invitation.body, "id") } });
  const memberEmails = async () => {
    const list = await owner.request(`/api/auth/organization/list-members?organizationId=${organizationId}`);
    const members: unknown = Reflect.get(Object(list.body), "members");
    return Array.isArray(members) ? members.map((entry) => field(entry, "user.email")) : [];
  };
  expect(await memberEmails()).toContain(member.email);
  expect((await memberBrowser.request("/api/auth/delete-user", { json: { password: member.password } })).status).toBe(200);
  expect(await memberEmails()).not.toContain(member.email);
});
