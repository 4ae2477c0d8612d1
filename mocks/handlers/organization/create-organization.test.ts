// organization/create: the caller owns the new clinic, and the cookie cache keeps showing the old
// active clinic until set-active or until the 5-minute cache runs out.
import { expect, test } from "vitest";
import { betterAuthError } from "#openapi";
import { createMockApi } from "../../create-mock-api.ts";
import { field, signedUp } from "#targets/testing/test-client";

const CLINIC = { name: "Harbour Clinic", slug: "harbour-clinic" };

async function ownerOfNewClinic() {
  const api = await createMockApi({ log: () => {} });
  const owner = await signedUp(api, "owner");
  const created = await owner.request("/api/auth/organization/create", { json: CLINIC });
  return { api, owner, created, clinicId: field(created.body, "id") };
}

test("create answers the clinic with the caller as its owner, and sets no cookie", async () => {
  const { created } = await ownerOfNewClinic();
  expect(created.status).toBe(200);
  expect(created.body).toMatchObject({ ...CLINIC, logo: null, members: [{ role: "owner" }] });
  expect(created.body).not.toHaveProperty("metadata");
  expect(created.setCookies).toEqual([]);
});

test("get-session still shows no active clinic right after create (stale cookie cache)", async () => {
  const { owner } = await ownerOfNewClinic();
  const session = await owner.request("/api/auth/get-session");
  expect(session.body).toMatchObject({ session: { activeOrganizationId: null } });
});

test("get-session with disableCookieCache=true shows the new clinic on the session row", async () => {
  const { owner, clinicId } = await ownerOfNewClinic();
  const session = await owner.request("/api/auth/get-session?disableCookieCache=true");
  expect(session.body).toMatchObject({ session: { activeOrganizationId: clinicId } });
});

test("get-session shows the new clinic once the 5-minute cookie cache has run out", async () => {
  const { api, owner, clinicId } = await ownerOfNewClinic();
  api.clock.advance(299_000);
  expect((await owner.request("/api/auth/get-session")).body).toMatchObject({ session: { activeOrganizationId: null } });
  api.clock.advance(2_000);
  expect((await owner.request("/api/auth/get-session")).body).toMatchObject({ session: { activeOrganizationId: clinicId } });
});

test("set-active after create makes get-session show the clinic at once", async () => {
  const { owner, clinicId } = await ownerOfNewClinic();
  await owner.request("/api/auth/organization/set-active", { json: { organizationId: clinicId } });
  expect((await owner.request("/api/auth/get-session")).body).toMatchObject({ session: { activeOrganizationId: clinicId } });
});

test("keepCurrentActiveOrganization leaves the session row alone", async () => {
  const api = await createMockApi({ log: () => {} });
  const owner = await signedUp(api, "owner");
  await owner.request("/api/auth/organization/create", { json: { ...CLINIC, keepCurrentActiveOrganization: true } });
  expect((await owner.request("/api/auth/get-session?disableCookieCache=true")).body).toMatchObject({ session: { activeOrganizationId: null } });
});

test("a taken slug is 400 ORGANIZATION_ALREADY_EXISTS, and check-slug says it is taken", async () => {
  const { api } = await ownerOfNewClinic();
  const other = await signedUp(api, "other");
  expect(await other.request("/api/auth/organization/create", { json: CLINIC })).toMatchObject({ status: 400, body: betterAuthError("ORGANIZATION_ALREADY_EXISTS") });
  expect(await other.request("/api/auth/organization/check-slug", { json: { slug: CLINIC.slug } })).toMatchObject({ status: 400, body: betterAuthError("ORGANIZATION_SLUG_ALREADY_TAKEN") });
  expect(await other.request("/api/auth/organization/check-slug", { json: { slug: "free-slug" } })).toMatchObject({ status: 200, body: { status: true } });
});

test("metadata comes back parsed from create and as the stored JSON string from list", async () => {
  const api = await createMockApi({ log: () => {} });
  const owner = await signedUp(api, "owner");
  const created = await owner.request("/api/auth/organization/create", { json: { ...CLINIC, metadata: { beds: 12 } } });
  expect(created.body).toMatchObject({ metadata: { beds: 12 } });
  expect((await owner.request("/api/auth/organization/list")).body).toMatchObject([{ metadata: '{"beds":12}' }]);
});

test("signed out, create is 401 with an empty body", async () => {
  const api = await createMockApi({ log: () => {} });
  const response = await api.fetch(new Request("http://localhost:4000/api/auth/organization/create", {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000" },
    body: JSON.stringify(CLINIC),
  }));
  expect(response.status).toBe(401);
  expect(await response.text()).toBe("");
});
