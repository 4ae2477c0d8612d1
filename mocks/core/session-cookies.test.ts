// The cookie cache's real consequences: a revoked session's token together with its session_data
// cookie still passes for up to 300 s by the mock's clock; the token alone is refused at once.
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
