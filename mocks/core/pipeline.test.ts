// The order in which the pipeline answers, as Better Auth does, and the cookies its session look-up adds,
// through the whole mock (each stage alone: pipeline/*.test.ts).
import { expect, test } from "vitest";
import { createMockApi } from "../create-mock-api.ts";
import { signUp, testClient } from "#targets/testing/test-client";

const FOREIGN = { origin: "https://evil.example" };

test("a fault the route checks itself answers after the session check: short new password, signed out → 401", async () => {
  const api = await createMockApi({ log: () => {} });
  const response = await testClient(api).request("/api/auth/change-password", { json: { currentPassword: "x", newPassword: "short" } });
  expect(response.status).toBe(401);
});

test("a fault the route checks itself answers after the first-login check: foreign sign-up, short password → 403 INVALID_ORIGIN", async () => {
  const api = await createMockApi({ log: () => {} });
  const response = await testClient(api).request("/api/auth/sign-up/email", { json: { name: "x", email: "x@clinic.example", password: "short" }, headers: FOREIGN });
  expect(response.body).toMatchObject({ code: "INVALID_ORIGIN" });
});

test("a schema fault answers before the first-login check: foreign sign-up, malformed email → VALIDATION_ERROR", async () => {
  const api = await createMockApi({ log: () => {} });
  const response = await testClient(api).request("/api/auth/sign-up/email", { json: { name: "x", email: "bad", password: "long-enough-password" }, headers: FOREIGN });
  expect(response.body).toEqual({ code: "VALIDATION_ERROR", message: "[body.email] Invalid email address" });
});

test("a 401 for a token naming no live session expires the session cookies", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser);
  const copy = await browser.copy();
  await browser.request("/api/auth/sign-out", { method: "POST" });
  const response = await copy.request("/api/auth/change-password", { json: { currentPassword: "whatever-password", newPassword: "another-long-password" } });
  expect(response.status).toBe(401);
  expect(response.setCookies.length).toBeGreaterThan(0);
  expect(response.setCookies.every((cookie) => cookie.includes("Max-Age=0"))).toBe(true);
});

test("an error after a store read keeps the renewed cookie cache: wrong current password → 400 with session_data", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser);
  const response = await browser.request("/api/auth/change-password", { json: { currentPassword: "not-the-password", newPassword: "another-long-password" } });
  expect(response.status).toBe(400);
  expect(response.setCookies.map((cookie) => cookie.slice(0, cookie.indexOf("=")))).toEqual(["better-auth.session_data"]);
});
