// Sessions over time, moved with the mock's clock: 7-day expiry, a refresh once a day, and rememberMe false.
import { expect, test } from "vitest";
import { createMockApi } from "../create-mock-api.ts";
import { signUp, field, testClient } from "#targets/testing/test-client";

const DAY = 24 * 60 * 60 * 1000;

test("a session not used for 7 days has expired: get-session answers null and expires the cookies", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser);
  api.clock.advance(7 * DAY);
  const response = await browser.request("/api/auth/get-session");
  expect(response.body).toBeNull();
  expect(response.setCookies.filter((cookie) => cookie.includes("Max-Age=0")).length).toBeGreaterThanOrEqual(3);
});

test("a session is still live just before its 7 days are up", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser);
  api.clock.advance(7 * DAY - 1000);
  expect((await browser.request("/api/auth/get-session")).body).not.toBeNull();
});

test("get-session a day after sign-in refreshes the session: 7 more days and both cookies re-issued", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser);
  api.clock.advance(DAY);
  const before = api.clock.now();
  const response = await browser.request("/api/auth/get-session");
  const expiresAt = Date.parse(field(response.body, "session.expiresAt"));
  expect(expiresAt).toBeGreaterThanOrEqual(before + 7 * DAY);
  expect(expiresAt).toBeLessThanOrEqual(api.clock.now() + 7 * DAY);
  expect(response.setCookies.some((cookie) => cookie.startsWith("better-auth.session_token=") && cookie.includes("Max-Age=604800"))).toBe(true);
  expect(response.setCookies.some((cookie) => cookie.startsWith("better-auth.session_data=") && cookie.includes("Max-Age=300"))).toBe(true);
});

test("get-session within the first day keeps the expiry and re-issues only the cookie cache, after expiring the stale one it was sent", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser);
  const first = field((await browser.request("/api/auth/get-session")).body, "session.expiresAt");
  api.clock.advance(DAY - 60_000);
  // The jar keeps the cache by wall time, so the mock's clock finds it expired: Better Auth expires it, then writes a new one.
  const response = await browser.request("/api/auth/get-session");
  expect(field(response.body, "session.expiresAt")).toBe(first);
  expect(response.setCookies).toEqual(["better-auth.session_data=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax", expect.stringMatching(/^better-auth\.session_data=[^;]+; Max-Age=300;/)]);
});

test("a session used every day outlives its first 7 days", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser);
  for (let day = 0; day < 10; day++) {
    api.clock.advance(DAY);
    expect((await browser.request("/api/auth/get-session")).body).not.toBeNull();
  }
});

test("rememberMe false sets dont_remember and browser-session cookies, and the 1-day session is never refreshed", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  const account = await signUp(testClient(api));
  const signIn = await browser.request("/api/auth/sign-in/email", { json: { email: account.email, password: account.password, rememberMe: false } });
  expect(signIn.setCookies.map((cookie) => cookie.slice(0, cookie.indexOf("=")))).toEqual(["better-auth.session_token", "better-auth.dont_remember", "better-auth.session_data"]);
  expect(signIn.setCookies.every((cookie) => !cookie.includes("Max-Age"))).toBe(true);
  api.clock.advance(DAY - 1000);
  // Only the expiry of the stale 60-second cache the jar still sends: a browser session's cache is not re-issued.
  expect((await browser.request("/api/auth/get-session")).setCookies).toEqual(["better-auth.session_data=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax"]);
  api.clock.advance(1000);
  expect((await browser.request("/api/auth/get-session")).body).toBeNull();
});
