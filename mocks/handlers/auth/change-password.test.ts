// POST /api/auth/change-password against the mock.
import { expect, test } from "vitest";
import { createMockApi } from "../../create-mock-api.ts";
import { signUp, field, testClient } from "#targets/testing/test-client";

const setUp = async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  const account = await signUp(browser);
  const phone = testClient(api);
  await phone.request("/api/auth/sign-in/email", { json: { email: account.email, password: account.password } });
  return { api, browser, phone, account };
};

test("change-password keeps every session and answers token null", async () => {
  const { browser, phone, account } = await setUp();
  const response = await browser.request("/api/auth/change-password", { json: { currentPassword: account.password, newPassword: "another-long-password" } });
  expect(response.body).toMatchObject({ token: null, user: { email: account.email } });
  expect((await phone.request("/api/auth/get-session?disableCookieCache=true")).body).not.toBeNull();
});

test("with revokeOtherSessions every session ends and the caller gets a new session's cookies", async () => {
  const { browser, phone, account } = await setUp();
  const before = field((await browser.request("/api/auth/get-session")).body, "session.token");
  const response = await browser.request("/api/auth/change-password", { json: { currentPassword: account.password, newPassword: "another-long-password", revokeOtherSessions: true } });
  const token = field(response.body, "token");
  expect(token).not.toBe(before);
  expect(response.setCookies.some((cookie) => cookie.startsWith("better-auth.session_token=") && decodeURIComponent(cookie).includes(`=${token}.`))).toBe(true);
  expect(field((await browser.request("/api/auth/get-session?disableCookieCache=true")).body, "session.token")).toBe(token);
  expect((await phone.request("/api/auth/get-session?disableCookieCache=true")).body).toBeNull();
});

test("a wrong or empty current password is 400 INVALID_PASSWORD; a short new one PASSWORD_TOO_SHORT", async () => {
  const { browser, account } = await setUp();
  const wrong = await browser.request("/api/auth/change-password", { json: { currentPassword: "not-the-password", newPassword: "another-long-password" } });
  const empty = await browser.request("/api/auth/change-password", { json: { currentPassword: "", newPassword: "another-long-password" } });
  const short = await browser.request("/api/auth/change-password", { json: { currentPassword: account.password, newPassword: "elevenchars" } });
  expect([wrong.body, empty.body]).toEqual([{ code: "INVALID_PASSWORD", message: "Invalid password" }, { code: "INVALID_PASSWORD", message: "Invalid password" }]);
  expect(short.body).toEqual({ code: "PASSWORD_TOO_SHORT", message: "Password too short" });
});

test("a session revoked elsewhere cannot change the password through its cookie cache", async () => {
  const { browser, phone, account } = await setUp();
  const stolen = await browser.copy();
  await browser.request("/api/auth/sign-out", { method: "POST" });
  const response = await stolen.request("/api/auth/change-password", { json: { currentPassword: account.password, newPassword: "another-long-password" } });
  expect(response.status).toBe(401);
  expect((await phone.request("/api/auth/sign-out", { method: "POST" })).status).toBe(200);
});
