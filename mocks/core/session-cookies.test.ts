// The cookie cache's real consequences: a revoked session's token together with its session_data
// cookie still passes for up to 300 s by the mock's clock; the token alone is refused at once. A
// large cache comes in chunks, is read back joined, and its stale chunks are expired (D44).
import { expect, test } from "vitest";
import { createMockApi } from "../create-mock-api.ts";
import { signUp, testClient } from "#targets/testing/test-client";

const signedOutElsewhere = async () => {
  const api = await createMockApi({ log: () => {} });
  const laptop = testClient(api);
  const account = await signUp(laptop);
  const stolen = await laptop.copy();
  expect((await laptop.request("/api/auth/sign-out", { method: "POST" })).status).toBe(200);
  return { api, laptop, stolen, account };
};

test("a signed-out session still passes get-session with both cookies", async () => {
  const { stolen, account } = await signedOutElsewhere();
  const response = await stolen.request("/api/auth/get-session");
  expect(response.body).toMatchObject({ user: { email: account.email } });
});

test("a signed-out session still passes get-session 299 s later and is refused at 300 s", async () => {
  const { api, stolen } = await signedOutElsewhere();
  api.clock.advance(299_000);
  expect((await stolen.request("/api/auth/get-session")).body).not.toBeNull();
  api.clock.advance(1000);
  expect((await stolen.request("/api/auth/get-session")).body).toBeNull();
});

test("a signed-out session's token cookie alone is refused at once", async () => {
  const { stolen } = await signedOutElsewhere();
  await stolen.forgetCookies(["better-auth.session_data"]);
  expect((await stolen.request("/api/auth/get-session")).body).toBeNull();
});

test("get-session with disableCookieCache=true shows the store: null, and every session cookie expired", async () => {
  const { stolen } = await signedOutElsewhere();
  const response = await stolen.request("/api/auth/get-session?disableCookieCache=true");
  expect(response.body).toBeNull();
  expect(response.setCookies.every((cookie) => cookie.includes("Max-Age=0"))).toBe(true);
  expect(await stolen.cookieHeader()).toBe("");
});

test("routes that read the store refuse a revoked session at once: change-password is 401", async () => {
  const { stolen, account } = await signedOutElsewhere();
  const response = await stolen.request("/api/auth/change-password", { json: { currentPassword: account.password, newPassword: "another-long-password" } });
  expect(response.status).toBe(401);
  expect(response.body).toEqual({ code: "UNAUTHORIZED", message: "Unauthorized" });
});

test("sessions revoked by a password reset still pass the cookie cache until 300 s", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  const account = await signUp(browser);
  await testClient(api).request("/api/auth/request-password-reset", { json: { email: account.email } });
  const [mail] = api.outbox.list(account.email).filter((message) => message.kind === "reset-password");
  await testClient(api).request("/api/auth/reset-password", { json: { token: mail?.token, newPassword: "a-brand-new-password" } });
  expect((await browser.request("/api/auth/get-session")).body).not.toBeNull();
  api.clock.advance(300_000);
  expect((await browser.request("/api/auth/get-session")).body).toBeNull();
});

test("the cookie cache of a rememberMe false session is trusted for 60 s only", async () => {
  const api = await createMockApi({ log: () => {} });
  const account = await signUp(testClient(api));
  const browser = testClient(api);
  await browser.request("/api/auth/sign-in/email", { json: { email: account.email, password: account.password, rememberMe: false } });
  const stolen = await browser.copy();
  await browser.request("/api/auth/sign-out", { method: "POST" });
  api.clock.advance(59_000);
  expect((await stolen.request("/api/auth/get-session")).body).not.toBeNull();
  api.clock.advance(1000);
  expect((await stolen.request("/api/auth/get-session")).body).toBeNull();
});

test("sign-out expires every session cookie with Max-Age=0, Path=/, HttpOnly and SameSite=Lax", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser);
  const response = await browser.request("/api/auth/sign-out", { method: "POST" });
  expect(response.body).toEqual({ success: true });
  expect(response.setCookies).toEqual([
    "better-auth.session_token=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax",
    "better-auth.session_data=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax",
    "better-auth.session_data=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax",
    "better-auth.dont_remember=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax",
  ]);
});

const LONG_NAME = "N".repeat(100_000);
const chunkNames = (setCookies: string[]) => setCookies.map((cookie) => cookie.slice(0, cookie.indexOf("="))).filter((name) => name.startsWith("better-auth.session_data"));

test("sign-up with a 100 KB name answers the full user and writes the cookie cache in chunks of 3977 characters (D44)", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  const response = await browser.request("/api/auth/sign-up/email", { json: { name: LONG_NAME, email: "long@clinic.example", password: "correct-horse-battery" } });
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ user: { name: LONG_NAME } });
  const chunks = response.setCookies.slice(1);
  expect(response.setCookies[0]).toMatch(/^better-auth\.session_token=/);
  expect(chunkNames(chunks)).toEqual(chunks.map((_, index) => `better-auth.session_data.${index}`));
  expect(chunks.length).toBeGreaterThanOrEqual(34);
  expect(chunks.slice(0, -1).every((cookie) => cookie.indexOf(";") - cookie.indexOf("=") - 1 === 3977)).toBe(true);
  expect(chunks.every((cookie) => cookie.length <= 4050 && cookie.endsWith("; Max-Age=300; Path=/; HttpOnly; SameSite=Lax"))).toBe(true);
});

test("get-session reassembles the chunks: a signed-out session's chunked cache still passes, with the full name", async () => {
  const api = await createMockApi({ log: () => {} });
  const laptop = testClient(api);
  await signUp(laptop, undefined, { name: LONG_NAME });
  const stolen = await laptop.copy();
  await laptop.request("/api/auth/sign-out", { method: "POST" });
  const response = await stolen.request("/api/auth/get-session");
  expect(response.body).toMatchObject({ user: { name: LONG_NAME } });
  expect(response.setCookies).toEqual([]);
});

test("a cache that shrinks to one cookie expires the request's chunks, and one that grows expires the whole cookie", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser, undefined, { name: "N".repeat(6000) });
  expect(await browser.cookieHeader()).toContain("better-auth.session_data.2=");
  const shrunk = await browser.request("/api/auth/update-user", { json: { name: "Short" } });
  expect(shrunk.setCookies.map((cookie) => cookie.slice(0, cookie.indexOf(";") + 1))).toEqual([
    expect.stringMatching(/^better-auth\.session_token=.+;$/),
    "better-auth.session_data.0=;",
    "better-auth.session_data.1=;",
    "better-auth.session_data.2=;",
    expect.stringMatching(/^better-auth\.session_data=.+;$/),
  ]);
  expect(shrunk.setCookies.slice(1, 4).every((cookie) => cookie.includes("; Max-Age=0;"))).toBe(true);
  const grown = await browser.request("/api/auth/update-user", { json: { name: "N".repeat(6000) } });
  expect(chunkNames(grown.setCookies)).toEqual(["better-auth.session_data", "better-auth.session_data.0", "better-auth.session_data.1", "better-auth.session_data.2"]);
  expect(grown.setCookies[1]).toBe("better-auth.session_data=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax");
});

test("sign-out with a chunked cache expires the cache by name and then every chunk the request carried", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser, undefined, { name: "N".repeat(6000) });
  const response = await browser.request("/api/auth/sign-out", { method: "POST" });
  expect(response.setCookies.map((cookie) => cookie.slice(0, cookie.indexOf("=")))).toEqual([
    "better-auth.session_token", "better-auth.session_data", "better-auth.session_data.0", "better-auth.session_data.1", "better-auth.session_data.2", "better-auth.dont_remember",
  ]);
  expect(await browser.cookieHeader()).toBe("");
});

test("a chunked cache with a chunk missing is expired by name and written again in full", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  await signUp(browser, undefined, { name: "N".repeat(6000) });
  await browser.forgetCookies(["better-auth.session_data.1"]);
  const response = await browser.request("/api/auth/get-session");
  expect(response.body).toMatchObject({ user: { name: "N".repeat(6000) } });
  expect(chunkNames(response.setCookies)).toEqual(["better-auth.session_data", "better-auth.session_data.0", "better-auth.session_data.2", "better-auth.session_data.1"]);
});
