// organization/set-active: both cookies re-issued so the change is seen at once; a clinic the
// caller is not in (or an unknown id) is refused and clears the active clinic on the session row.
import { expect, test } from "vitest";
import { betterAuthError } from "#openapi";
import { demoMock, field, signedInAs, signedUp } from "#targets/testing/test-client";

test("set-active re-issues the token and session_data cookies and answers the clinic without members", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  const response = await doctor.request("/api/auth/organization/set-active", { json: { organizationId: seed.clinic.id } });
  expect(response.setCookies.map((cookie) => cookie.split("=")[0])).toEqual(["better-auth.session_token", "better-auth.session_data"]);
  expect(response.body).toMatchObject({ id: seed.clinic.id, name: seed.clinic.name });
  expect(response.body).not.toHaveProperty("members");
});

test("set-active null clears the active clinic, and get-session shows it at once", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  expect((await doctor.request("/api/auth/organization/set-active", { json: { organizationId: null } })).body).toBeNull();
  expect((await doctor.request("/api/auth/get-session")).body).toMatchObject({ session: { activeOrganizationId: null } });
});

test("set-active by slug selects the clinic; an unknown slug is 400 ORGANIZATION_NOT_FOUND", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  await doctor.request("/api/auth/organization/set-active", { json: { organizationId: null } });
  expect(await doctor.request("/api/auth/organization/set-active", { json: { organizationSlug: seed.clinic.slug } })).toMatchObject({ status: 200, body: { id: seed.clinic.id } });
  expect(await doctor.request("/api/auth/organization/set-active", { json: { organizationSlug: "no-such-slug" } })).toMatchObject({ status: 400, body: betterAuthError("ORGANIZATION_NOT_FOUND") });
});

test.each([["an unknown id", "no-such-clinic"], ["a clinic the caller is not in", "FOREIGN"]])("set-active with %s is 403 and clears the row but not the cookie", async (_, which) => {
  const { api, seed } = await demoMock();
  const outsider = await signedUp(api, "outsider");
  const foreign = await outsider.request("/api/auth/organization/create", { json: { name: "Elsewhere", slug: "elsewhere" } });
  const doctor = await signedInAs(api, seed, "doctor");
  const organizationId = which === "FOREIGN" ? field(foreign.body, "id") : which;
  expect(await doctor.request("/api/auth/organization/set-active", { json: { organizationId } })).toMatchObject({ status: 403, setCookies: [], body: betterAuthError("USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION") });
  expect((await doctor.request("/api/auth/get-session")).body).toMatchObject({ session: { activeOrganizationId: seed.clinic.id } });
  expect((await doctor.request("/api/auth/get-session?disableCookieCache=true")).body).toMatchObject({ session: { activeOrganizationId: null } });
});

test("a new session lands in the user's clinic", async () => {
  const { api, seed } = await demoMock();
  const lab = await signedInAs(api, seed, "lab");
  expect((await lab.request("/api/auth/get-session")).body).toMatchObject({ session: { activeOrganizationId: seed.clinic.id } });
});
