// The cookie cache's real consequences: a revoked session's token together with its session_data
// cookie still passes for up to 300 s by the mock's clock; the token alone is refused at once.
import { expect, test } from "vitest";
import { createMockApi } from "../create-mock-api.ts";
import { signUp, testBrowser } from "./test-browser.ts";

const signedOutElsewhere = async () => {
  const api = await createMockApi({ log: () => {} });
  const laptop = testBrowser(api);
  const account = await signUp(laptop);
  const stolen = await laptop.copy();
  expect((await laptop.send("POST", "/api/auth/sign-out")).status).toBe(200);
  return { api, laptop, stolen, account };
};

test("a signed-out session still passes get-session with both cookies", async () => {
  const { stolen, account } = await signedOutElsewhere();
  const response = await stolen.send("GET", "/api/auth/get-session");
  expect(response.body).toMatchObject({ user: { email: account.email } });
});

test("a signed-out session still passes get-session 299 s later and is refused at 300 s", async () => {
  const { api, stolen } = await signedOutElsewhere();
  api.clock.advance(299_000);
  expect((await stolen.send("GET", "/api/auth/get-session")).body).not.toBeNull();
  api.clock.advance(1000);
  expect((await stolen.send("GET", "/api/auth/get-session")).body).toBeNull();
});

test("a signed-out session's token cookie alone is refused at once", async () => {
  const { stolen } = await signedOutElsewhere();
  await stolen.forget(["better-auth.session_data"]);
  expect((await stolen.send("GET", "/api/auth/get-session")).body).toBeNull();
});

test("get-session with disableCookieCache=true shows the store: null, and every session cookie expired", async () => {
  const { stolen } = await signedOutElsewhere();
  const response = await stolen.send("GET", "/api/auth/get-session?disableCookieCache=true");
  expect(response.body).toBeNull();
  expect(response.setCookies.every((cookie) => cookie.includes("Max-Age=0"))).toBe(true);
  expect(await stolen.cookies()).toBe("");
});

test("routes that read the store refuse a revoked session at once: change-password is 401", async () => {
  const { stolen, account } = await signedOutElsewhere();
  const response = await stolen.send("POST", "/api/auth/change-password", { json: { currentPassword: account.password, newPassword: "another-long-password" } });
  expect(response.status).toBe(401);
  expect(response.body).toEqual({ code: "UNAUTHORIZED", message: "Unauthorized" });
});

test("sessions revoked by a password reset still pass the cookie cache until 300 s", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testBrowser(api);
  const account = await signUp(browser);
  await testBrowser(api).send("POST", "/api/auth/request-password-reset", { json: { email: account.email } });
  const [mail] = api.outbox.list(account.email).filter((message) => message.kind === "reset-password");
  await testBrowser(api).send("POST", "/api/auth/reset-password", { json: { token: mail?.token, newPassword: "a-brand-new-password" } });
  expect((await browser.send("GET", "/api/auth/get-session")).body).not.toBeNull();
  api.clock.advance(300_000);
  expect((await browser.send("GET", "/api/auth/get-session")).body).toBeNull();
});

test("the cookie cache of a rememberMe false session is trusted for 60 s only", async () => {
  const api = await createMockApi({ log: () => {} });
  const account = await signUp(testBrowser(api));
  const browser = testBrowser(api);
  await browser.send("POST", "/api/auth/sign-in/email", { json: { email: account.email, password: account.password, rememberMe: false } });
  const stolen = await browser.copy();
  await browser.send("POST", "/api/auth/sign-out");
  api.clock.advance(59_000);
  expect((await stolen.send("GET", "/api/auth/get-session")).body).not.toBeNull();
  api.clock.advance(1000);
  expect((await stolen.send("GET", "/api/auth/get-session")).body).toBeNull();
});

test("sign-out expires every session cookie with Max-Age=0, Path=/, HttpOnly and SameSite=Lax", async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testBrowser(api);
  await signUp(browser);
  const response = await browser.send("POST", "/api/auth/sign-out");
  expect(response.body).toEqual({ success: true });
  expect(response.setCookies).toEqual([
    "better-auth.session_token=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax",
    "better-auth.session_data=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax",
    "better-auth.session_data=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax",
    "better-auth.dont_remember=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax",
  ]);
});
