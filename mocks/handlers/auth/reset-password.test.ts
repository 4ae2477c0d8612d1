// The password reset, end to end against the mock: request, emailed link, new password.
import { expect, test } from "vitest";
import { createMockApi } from "../../create-mock-api.ts";
import type { MockApi } from "../../glossary.ts";
import { signUp, testClient } from "#targets/testing/test-client";

const HOUR = 60 * 60 * 1000;
const RESET_PAGE = "http://localhost:3000/reset-password";

const resetMail = (api: MockApi, email: string) => {
  const mail = api.outbox.list(email).filter((message) => message.kind === "reset-password").at(-1);
  if (mail === undefined || mail.token === null) throw new Error(`Failed to find a reset email to ${email}.`);
  return { url: mail.url, token: mail.token, subject: mail.subject };
};

const requested = async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  const account = await signUp(browser);
  const response = await testClient(api).request("/api/auth/request-password-reset", { json: { email: account.email, redirectTo: RESET_PAGE } });
  return { api, browser, account, response, mail: resetMail(api, account.email) };
};

test("request-password-reset answers the same for known and unknown emails and mails only the known one", async () => {
  const { api, response } = await requested();
  const unknown = await testClient(api).request("/api/auth/request-password-reset", { json: { email: "nobody@clinic.example" } });
  expect(response.body).toEqual({ status: true, message: "If this email exists in our system, check your email for the reset link" });
  expect(unknown.body).toEqual(response.body);
  expect(api.outbox.list("nobody@clinic.example")).toEqual([]);
});

test("the reset email links to GET /api/auth/reset-password/<token> with the callbackURL", async () => {
  const { mail } = await requested();
  expect(mail.subject).toBe("Reset your temetro password");
  expect(mail.token).toMatch(/^[A-Za-z0-9]{24}$/);
  expect(mail.url).toBe(`http://localhost:4000/api/auth/reset-password/${mail.token}?callbackURL=${encodeURIComponent(RESET_PAGE)}`);
});

test("the emailed link redirects to callbackURL?token=…, an unknown token to ?error=INVALID_TOKEN", async () => {
  const { api, mail } = await requested();
  const browser = testClient(api);
  const good = await browser.request(new URL(mail.url).pathname + new URL(mail.url).search);
  const bad = await browser.request(`/api/auth/reset-password/not-a-token?callbackURL=${encodeURIComponent(RESET_PAGE)}`);
  expect([good.status, bad.status]).toEqual([302, 302]);
  expect(good.headers.get("location")).toBe(`${RESET_PAGE}?token=${mail.token}`);
  expect(bad.headers.get("location")).toBe(`${RESET_PAGE}?error=INVALID_TOKEN`);
});

test("the link without a callbackURL is 400 VALIDATION_ERROR naming the query parameter", async () => {
  const { api, mail } = await requested();
  const response = await testClient(api).request(`/api/auth/reset-password/${mail.token}`);
  expect(response.body).toEqual({ code: "VALIDATION_ERROR", message: "[query.callbackURL] Invalid input: expected string, received undefined" });
});

test("reset-password sets the new password and revokes every session; the token works once", async () => {
  const { api, account, mail, browser } = await requested();
  const page = testClient(api);
  const reset = await page.request("/api/auth/reset-password", { json: { token: mail.token, newPassword: "a-brand-new-password" } });
  const again = await page.request("/api/auth/reset-password", { json: { token: mail.token, newPassword: "a-brand-new-password" } });
  expect(reset.body).toEqual({ status: true });
  expect(again.body).toEqual({ code: "INVALID_TOKEN", message: "Invalid token" });
  expect((await browser.request("/api/auth/get-session?disableCookieCache=true")).body).toBeNull();
  const oldPassword = await page.request("/api/auth/sign-in/email", { json: { email: account.email, password: account.password } });
  const newPassword = await page.request("/api/auth/sign-in/email", { json: { email: account.email, password: "a-brand-new-password" } });
  expect([oldPassword.status, newPassword.status]).toEqual([401, 200]);
});

test("a reset token expires after one hour by the mock's clock", async () => {
  const { api, mail } = await requested();
  api.clock.advance(HOUR + 1);
  const link = await testClient(api).request(`/api/auth/reset-password/${mail.token}?callbackURL=${encodeURIComponent(RESET_PAGE)}`);
  const reset = await testClient(api).request("/api/auth/reset-password", { json: { token: mail.token, newPassword: "a-brand-new-password" } });
  expect(link.headers.get("location")).toBe(`${RESET_PAGE}?error=INVALID_TOKEN`);
  expect(reset.body).toMatchObject({ code: "INVALID_TOKEN" });
});

test("reset-password with no token is 400 INVALID_TOKEN; with a short password 400 PASSWORD_TOO_SHORT", async () => {
  const { api, mail } = await requested();
  const noToken = await testClient(api).request("/api/auth/reset-password", { json: { newPassword: "a-brand-new-password" } });
  const short = await testClient(api).request("/api/auth/reset-password", { json: { token: mail.token, newPassword: "elevenchars" } });
  expect(noToken.body).toMatchObject({ code: "INVALID_TOKEN" });
  expect(short.body).toMatchObject({ code: "PASSWORD_TOO_SHORT" });
});

test("the docs' POST /api/auth/forget-password is an empty 404", async () => {
  const api = await createMockApi({ log: () => {} });
  const response = await testClient(api).request("/api/auth/forget-password", { json: { email: "someone@clinic.example" } });
  expect(response.status).toBe(404);
  expect(response.body).toBeNull();
});

test("reset-by-username mails the same reset link for a username in any case and says ok either way", async () => {
  const api = await createMockApi({ log: () => {} });
  const account = await signUp(testClient(api));
  const known = await testClient(api).request("/api/auth-helpers/reset-by-username", { json: { username: `  ${account.username.toUpperCase()} `, redirectTo: RESET_PAGE } });
  const unknown = await testClient(api).request("/api/auth-helpers/reset-by-username", { json: { username: "no_such_user" } });
  expect([known.body, unknown.body]).toEqual([{ ok: true }, { ok: true }]);
  const mail = resetMail(api, account.email);
  expect(mail.url).toBe(`http://localhost:4000/api/auth/reset-password/${mail.token}?callbackURL=${encodeURIComponent(RESET_PAGE)}`);
});

test("reset-by-username with a blank username is temetro's 400 Validation failed", async () => {
  const api = await createMockApi({ log: () => {} });
  const response = await testClient(api).request("/api/auth-helpers/reset-by-username", { json: { username: "   " } });
  expect(response.status).toBe(400);
  expect(response.body).toMatchObject({ error: "Validation failed", details: [{ code: "too_small", path: ["username"] }] });
});
