// Better Auth's rate limits as the mock enforces them, with time moved on the mock's clock.
import { expect, test } from "vitest";
import { createMockApi } from "../create-mock-api.ts";
import { createClock } from "./clock.ts";
import { createRateLimiter } from "./rate-limiter.ts";
import { signUp, testClient } from "#targets/testing/test-client";

const LIMITED = { message: "Too many requests. Please try again later." };
const wrongEmailPassword = { json: { email: "nobody@clinic.example", password: "not-the-password" } };
const wrongUsernamePassword = { json: { username: "nobody", password: "not-the-password" } };

test("sign-in/email allows 5 attempts per 60 s; the 6th is 429 with X-Retry-After 60 and no code", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  for (let attempt = 1; attempt <= 5; attempt++) expect((await browser.request("/api/auth/sign-in/email", { method: "POST", ...wrongEmailPassword })).status).toBe(401);
  const blocked = await browser.request("/api/auth/sign-in/email", { method: "POST", ...wrongEmailPassword });
  expect(blocked.status).toBe(429);
  expect(blocked.body).toEqual(LIMITED);
  expect(blocked.headers.get("x-retry-after")).toBe("60");
  expect(blocked.headers.get("retry-after")).toBeNull();
});

test("sign-in/username allows 3 attempts per 10 s; the 4th is 429 with X-Retry-After 10", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  for (let attempt = 1; attempt <= 3; attempt++) expect((await browser.request("/api/auth/sign-in/username", { method: "POST", ...wrongUsernamePassword })).status).toBe(401);
  const blocked = await browser.request("/api/auth/sign-in/username", { method: "POST", ...wrongUsernamePassword });
  expect(blocked.status).toBe(429);
  expect(blocked.headers.get("x-retry-after")).toBe("10");
});

test("successful sign-ins count towards the limit too", async () => {
  const api = await createMockApi({ log: () => {} });
  const account = await signUp(testClient(api));
  const browser = testClient(api);
  const json = { username: account.username, password: account.password };
  for (let attempt = 1; attempt <= 3; attempt++) expect((await browser.request("/api/auth/sign-in/username", { json })).status).toBe(200);
  expect((await browser.request("/api/auth/sign-in/username", { json })).status).toBe(429);
});

test("the window refills once its time has passed since the last allowed attempt", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  for (let attempt = 1; attempt <= 3; attempt++) await browser.request("/api/auth/sign-in/username", { method: "POST", ...wrongUsernamePassword });
  api.clock.advance(9_000);
  expect((await browser.request("/api/auth/sign-in/username", { method: "POST", ...wrongUsernamePassword })).headers.get("x-retry-after")).toBe("1");
  api.clock.advance(1_000);
  expect((await browser.request("/api/auth/sign-in/username", { method: "POST", ...wrongUsernamePassword })).status).toBe(401);
});

test("buckets are per client IP and path: another IP, or another path, is not limited", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  for (let attempt = 1; attempt <= 4; attempt++) await browser.request("/api/auth/sign-in/username", { method: "POST", ...wrongUsernamePassword });
  expect((await browser.request("/api/auth/sign-in/username", { method: "POST", ...wrongUsernamePassword })).status).toBe(429);
  expect((await testClient(api).request("/api/auth/sign-in/username", { method: "POST", ...wrongUsernamePassword })).status).toBe(401);
  expect((await browser.request("/api/auth/sign-in/email", { method: "POST", ...wrongEmailPassword })).status).toBe(401);
});

test("requests with a multi-hop X-Forwarded-For share one bucket, whatever the first hop says", async () => {
  const api = await createMockApi({ log: () => {} });
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 4; attempt++) {
    const browser = testClient(api, { clientIp: `192.0.2.${attempt}, 10.0.0.1` });
    statuses.push((await browser.request("/api/auth/sign-in/username", { method: "POST", ...wrongUsernamePassword })).status);
  }
  expect(statuses).toEqual([401, 401, 401, 429]);
});

test("sign-up/email and request-password-reset allow 3 per 60 s", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 4; attempt++) statuses.push((await browser.request("/api/auth/request-password-reset", { json: { email: "nobody@clinic.example" } })).status);
  for (let attempt = 1; attempt <= 4; attempt++) statuses.push((await browser.request("/api/auth/sign-up/email", { json: { name: "x", email: "not-an-email", password: "x" } })).status);
  expect(statuses).toEqual([200, 200, 200, 429, 400, 400, 400, 429]);
});

test("temetro's reset-by-username is not rate limited", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  for (let attempt = 1; attempt <= 10; attempt++) expect((await browser.request("/api/auth-helpers/reset-by-username", { json: { username: "nobody" } })).status).toBe(200);
});

test("drops the counters of windows that are over, so many clients do not grow it without bound", () => {
  const clock = createClock(Date.parse("2026-01-01T00:00:00Z"));
  const limiter = createRateLimiter(clock);
  for (let i = 0; i < 10_000; i++) limiter.consume(`10.0.${i >> 8}.${i & 255}`, "/get-session");
  clock.advance(61_000);
  for (let i = 0; i < 10_000; i++) limiter.consume(`10.1.${i >> 8}.${i & 255}`, "/get-session");
  expect(limiter.size()).toBeLessThanOrEqual(10_000);
});

test("keeps the counters of windows still open when it sweeps", () => {
  const clock = createClock(Date.parse("2026-01-01T00:00:00Z"));
  const limiter = createRateLimiter(clock);
  for (let i = 0; i < 3; i++) limiter.consume("203.0.113.9", "/sign-up/email");
  for (let i = 0; i < 5_000; i++) limiter.consume(`10.2.${i >> 8}.${i & 255}`, "/get-session");
  expect(limiter.consume("203.0.113.9", "/sign-up/email")).toMatchObject({ allowed: false });
});
