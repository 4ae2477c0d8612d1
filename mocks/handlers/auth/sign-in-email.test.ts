// POST /api/auth/sign-in/email against the mock.
import { expect, test } from "vitest";
import { createMockApi } from "../../create-mock-api.ts";
import { signUp, testClient } from "#targets/testing/test-client";

const setUp = async () => {
  const api = await createMockApi({ log: () => {} });
  return { api, account: await signUp(testClient(api)) };
};

test("sign-in returns redirect false, the session token and the user, and sets both cookies", async () => {
  const { api, account } = await setUp();
  const response = await testClient(api).request("/api/auth/sign-in/email", { json: { email: account.email, password: account.password } });
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ redirect: false, token: expect.any(String), user: { email: account.email } });
  expect(response.setCookies.map((cookie) => cookie.slice(0, cookie.indexOf("=")))).toEqual(["better-auth.session_token", "better-auth.session_data"]);
});

test("sign-in matches the email case-insensitively", async () => {
  const { api, account } = await setUp();
  const response = await testClient(api).request("/api/auth/sign-in/email", { json: { email: account.email.toUpperCase(), password: account.password } });
  expect(response.status).toBe(200);
});

test("a wrong password and an unknown email are the same 401 INVALID_EMAIL_OR_PASSWORD", async () => {
  const { api, account } = await setUp();
  const wrong = await testClient(api).request("/api/auth/sign-in/email", { json: { email: account.email, password: "not-the-password" } });
  const unknown = await testClient(api).request("/api/auth/sign-in/email", { json: { email: "nobody@clinic.example", password: "" } });
  expect([wrong.status, unknown.status]).toEqual([401, 401]);
  expect(wrong.body).toEqual({ code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" });
  expect(unknown.body).toEqual(wrong.body);
});

test("a malformed email is 400 INVALID_EMAIL, a 257-character password 400 PASSWORD_TOO_LONG", async () => {
  const { api, account } = await setUp();
  const malformed = await testClient(api).request("/api/auth/sign-in/email", { json: { email: "nope", password: "x" } });
  const long = await testClient(api).request("/api/auth/sign-in/email", { json: { email: account.email, password: "x".repeat(257) } });
  expect(malformed.body).toEqual({ code: "INVALID_EMAIL", message: "Invalid email" });
  expect(long.body).toEqual({ code: "PASSWORD_TOO_LONG", message: "Password too long" });
});

test("a trusted callbackURL comes back as url, redirect true and a Location header", async () => {
  const { api, account } = await setUp();
  const callbackURL = "http://localhost:3000/dashboard";
  const response = await testClient(api).request("/api/auth/sign-in/email", { json: { email: account.email, password: account.password, callbackURL } });
  expect(response.body).toMatchObject({ redirect: true, url: callbackURL });
  expect(response.headers.get("location")).toBe(callbackURL);
});
