// Better Auth's origin (CSRF) checks on /api/auth/*, and on the callbackURL of its GET links.
import { expect, test } from "vitest";
import { createMockApi } from "../create-mock-api.ts";
import { signUp, testClient } from "#targets/testing/test-client";

const FOREIGN = "https://evil.example";
const wrongPassword = { email: "nobody@clinic.example", password: "not-the-password" };

test("a foreign Origin is refused on sign-in even without a cookie: 403 INVALID_ORIGIN", async () => {
  const api = await createMockApi({ log: () => {} });
  const response = await testClient(api).request("/api/auth/sign-in/email", { json: wrongPassword, headers: { origin: FOREIGN } });
  expect(response.status).toBe(403);
  expect(response.body).toEqual({ code: "INVALID_ORIGIN", message: "Invalid origin" });
});

test("a cookie-carrying sign-out with neither Origin nor Referer is 403 MISSING_OR_NULL_ORIGIN", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser);
  const response = await api.fetch(new Request("http://localhost:4000/api/auth/sign-out", { method: "POST", headers: { cookie: await browser.cookieHeader() } }));
  expect(response.status).toBe(403);
  expect(await response.json()).toEqual({ code: "MISSING_OR_NULL_ORIGIN", message: "Missing or null Origin" });
});

test("a trusted Referer stands in for a missing Origin", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser);
  const headers = { cookie: await browser.cookieHeader(), referer: "http://localhost:3000/settings" };
  const response = await api.fetch(new Request("http://localhost:4000/api/auth/sign-out", { method: "POST", headers }));
  expect(response.status).toBe(200);
});

test("a sign-in with no Origin and no cookie is allowed through to the password check", async () => {
  const api = await createMockApi({ log: () => {} });
  const request = new Request("http://localhost:4000/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(wrongPassword) });
  expect((await api.fetch(request)).status).toBe(401);
});

test("a cross-site navigation to sign-in is 403 CROSS_SITE_NAVIGATION_LOGIN_BLOCKED", async () => {
  const api = await createMockApi({ log: () => {} });
  const headers = { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" };
  const response = await testClient(api).request("/api/auth/sign-in/email", { json: wrongPassword, headers });
  expect(response.status).toBe(403);
  expect(response.body).toMatchObject({ code: "CROSS_SITE_NAVIGATION_LOGIN_BLOCKED" });
});

test("fetch metadata without an Origin forces the check: 403 MISSING_OR_NULL_ORIGIN", async () => {
  const api = await createMockApi({ log: () => {} });
  const request = new Request("http://localhost:4000/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json", "sec-fetch-mode": "cors" },
    body: JSON.stringify(wrongPassword),
  });
  const response = await api.fetch(request);
  expect(response.status).toBe(403);
  expect(await response.json()).toMatchObject({ code: "MISSING_OR_NULL_ORIGIN" });
});

test("a LAN Origin is trusted as temetro's isAllowedOrigin trusts it", async () => {
  const api = await createMockApi({ log: () => {} });
  const response = await testClient(api).request("/api/auth/sign-in/email", { json: wrongPassword, headers: { origin: "http://192.168.1.20:3000" } });
  expect(response.status).toBe(401);
});

test("a reset request with a foreign redirectTo is 403 INVALID_REDIRECT_URL and mails nothing", async () => {
  const api = await createMockApi({ log: () => {} });
  const account = await signUp(testClient(api));
  const response = await testClient(api).request("/api/auth/request-password-reset", { json: { email: account.email, redirectTo: `${FOREIGN}/reset` } });
  expect(response.status).toBe(403);
  expect(response.body).toEqual({ code: "INVALID_REDIRECT_URL", message: "Invalid redirectURL" });
  expect(api.outbox.list(account.email).filter((mail) => mail.kind === "reset-password")).toEqual([]);
});

test("the emailed GET links refuse a foreign callbackURL: 403 INVALID_CALLBACK_URL", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  const callbackURL = encodeURIComponent(`${FOREIGN}/x`);
  const reset = await browser.request(`/api/auth/reset-password/sometoken?callbackURL=${callbackURL}`);
  const verify = await browser.request(`/api/auth/verify-email?token=x&callbackURL=${callbackURL}`);
  expect([reset.status, verify.status]).toEqual([403, 403]);
  expect(reset.body).toEqual({ code: "INVALID_CALLBACK_URL", message: "Invalid callbackURL" });
});

test("temetro's own routes have no origin check: reset-by-username from a foreign Origin is 200", async () => {
  const api = await createMockApi({ log: () => {} });
  const response = await testClient(api).request("/api/auth-helpers/reset-by-username", { json: { username: "nobody" }, headers: { origin: FOREIGN } });
  expect(response.status).toBe(200);
});
