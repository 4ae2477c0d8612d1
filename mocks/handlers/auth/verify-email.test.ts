// Email verification against the mock: the emailed link, auto sign-in, and sending the link again.
import { expect, test } from "vitest";
import { createMockApi } from "../../create-mock-api.ts";
import type { MockApi } from "../../glossary.ts";
import { signUp, testClient } from "#targets/testing/test-client";

const HOUR = 60 * 60 * 1000;

const verifyLink = (api: MockApi, email: string) => {
  const mail = api.outbox.list(email).filter((message) => message.kind === "verify-email").at(-1);
  if (mail === undefined) throw new Error(`Failed to find a verification email to ${email}.`);
  const url = new URL(mail.url);
  return url.pathname + url.search;
};

const signedUp = async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  const account = await signUp(browser);
  return { api, browser, account, link: verifyLink(api, account.email) };
};

test("the emailed link verifies the email, signs in a new browser and redirects to the callbackURL", async () => {
  const { api, account, link } = await signedUp();
  const mailClient = testClient(api);
  const response = await mailClient.request(link);
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toBe("/");
  expect(response.setCookies.map((cookie) => cookie.slice(0, cookie.indexOf("=")))).toEqual(["better-auth.session_token", "better-auth.session_data"]);
  expect((await mailClient.request("/api/auth/get-session")).body).toMatchObject({ user: { email: account.email, emailVerified: true } });
});

test("without a callbackURL the link answers {status: true, user: null}; a second use signs in no one", async () => {
  const { api, link } = await signedUp();
  const withoutCallback = link.replace(/&callbackURL=[^&]*/, "");
  const first = await testClient(api).request(withoutCallback);
  const second = await testClient(api).request(withoutCallback);
  expect([first.body, second.body]).toEqual([{ status: true, user: null }, { status: true, user: null }]);
  expect(first.setCookies.length).toBe(2);
  expect(second.setCookies).toEqual([]);
});

test("a bad token is 401 INVALID_TOKEN, or a redirect with ?error=INVALID_TOKEN given a callbackURL", async () => {
  const api = await createMockApi({ log: () => {} });
  const plain = await testClient(api).request("/api/auth/verify-email?token=not-a-token");
  const redirected = await testClient(api).request("/api/auth/verify-email?token=not-a-token&callbackURL=%2Fdone");
  expect(plain.body).toEqual({ code: "INVALID_TOKEN", message: "Invalid token" });
  expect(redirected.headers.get("location")).toBe("/done?error=INVALID_TOKEN");
});

test("the token expires after an hour by the mock's clock: 401 TOKEN_EXPIRED", async () => {
  const { api, link } = await signedUp();
  api.clock.advance(HOUR);
  const response = await testClient(api).request(link.replace(/&callbackURL=[^&]*/, ""));
  expect(response.body).toEqual({ code: "TOKEN_EXPIRED", message: "Token expired" });
});

test("verify-email without a token is 400 VALIDATION_ERROR naming the query parameter", async () => {
  const api = await createMockApi({ log: () => {} });
  const response = await testClient(api).request("/api/auth/verify-email");
  expect(response.body).toEqual({ code: "VALIDATION_ERROR", message: "[query.token] Invalid input: expected string, received undefined" });
});

test("send-verification-email signed out always answers status true and mails only an unverified user", async () => {
  const { api, account, link } = await signedUp();
  const stranger = testClient(api);
  const unverified = await stranger.request("/api/auth/send-verification-email", { json: { email: account.email } });
  await testClient(api).request(link);
  const verified = await stranger.request("/api/auth/send-verification-email", { json: { email: account.email } });
  const unknown = await stranger.request("/api/auth/send-verification-email", { json: { email: "nobody@clinic.example" } });
  expect([unverified.body, verified.body, unknown.body]).toEqual([{ status: true }, { status: true }, { status: true }]);
  expect(api.outbox.list(account.email).filter((mail) => mail.kind === "verify-email").length).toBe(2);
});

test("send-verification-email signed in: another address is 400 EMAIL_MISMATCH, a verified one EMAIL_ALREADY_VERIFIED", async () => {
  const { api, browser, account, link } = await signedUp();
  const mismatch = await browser.request("/api/auth/send-verification-email", { json: { email: "other@clinic.example" } });
  await testClient(api).request(link);
  await browser.request("/api/auth/get-session?disableCookieCache=true");
  const verified = await browser.request("/api/auth/send-verification-email", { json: { email: account.email } });
  expect(mismatch.body).toEqual({ code: "EMAIL_MISMATCH", message: "Email mismatch" });
  expect(verified.body).toEqual({ code: "EMAIL_ALREADY_VERIFIED", message: "Email is already verified" });
});
