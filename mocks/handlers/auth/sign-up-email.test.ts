// POST /api/auth/sign-up/email against the mock.
import { expect, test } from "vitest";
import { betterAuthError } from "#openapi";
import { createMockApi } from "../../create-mock-api.ts";
import { newTestAccount, signUp, field, testClient } from "#targets/testing/test-client";

const post = async (json: Record<string, unknown>) => {
  const api = await createMockApi({ log: () => {} });
  return { api, response: await testClient(api).request("/api/auth/sign-up/email", { json }) };
};

test("sign-up sets both session cookies with Better Auth's names and attributes and returns the token", async () => {
  const { response } = await post(newTestAccount());
  expect(response.status).toBe(200);
  const [token, data] = response.setCookies;
  expect(token).toMatch(/^better-auth\.session_token=[^;]+; Max-Age=604800; Path=\/; HttpOnly; SameSite=Lax$/);
  expect(data).toMatch(/^better-auth\.session_data=[^;]+; Max-Age=300; Path=\/; HttpOnly; SameSite=Lax$/);
  expect(response.body).toMatchObject({ token: expect.any(String), user: { emailVerified: false } });
  expect(decodeURIComponent(token ?? "")).toContain(`=${field(response.body, "token")}.`);
});

test("sign-up lower-cases email and username and keeps the username as typed in displayUsername", async () => {
  const { response } = await post({ ...newTestAccount(), email: "Amina.Yusuf@Clinic.Example", username: "Dr.Amina" });
  expect(response.body).toMatchObject({ user: { email: "amina.yusuf@clinic.example", username: "dr.amina", displayUsername: "Dr.Amina" } });
});

test("sign-up with only a valid displayUsername takes it as the username", async () => {
  const { username: _unused, ...account } = newTestAccount();
  const { response } = await post({ ...account, displayUsername: "Front_Desk" });
  expect(response.body).toMatchObject({ user: { username: "front_desk", displayUsername: "Front_Desk" } });
});

test("sign-up mails a verification link as Better Auth does", async () => {
  const account = newTestAccount();
  const { api } = await post({ ...account, callbackURL: "http://localhost:3000/welcome" });
  const [mail] = api.outbox.list(account.email);
  expect(mail).toMatchObject({ kind: "verify-email", subject: "Verify your email for temetro" });
  expect(mail?.url).toBe(`http://localhost:4000/api/auth/verify-email?token=${mail?.token}&callbackURL=${encodeURIComponent("http://localhost:3000/welcome")}`);
});

test("sign-up with a taken email is 422 USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL", async () => {
  const api = await createMockApi({ log: () => {} });
  const account = await signUp(testClient(api));
  const response = await testClient(api).request("/api/auth/sign-up/email", { json: { ...newTestAccount(), email: account.email.toUpperCase() } });
  expect(response.status).toBe(422);
  expect(response.body).toEqual(betterAuthError("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"));
});

test("sign-up with a taken username, in any case, is 400 USERNAME_IS_ALREADY_TAKEN", async () => {
  const api = await createMockApi({ log: () => {} });
  const account = await signUp(testClient(api));
  const response = await testClient(api).request("/api/auth/sign-up/email", { json: { ...newTestAccount(), username: account.username.toUpperCase() } });
  expect(response.status).toBe(400);
  expect(response.body).toMatchObject({ code: "USERNAME_IS_ALREADY_TAKEN" });
});

test.each([
  [{ password: "elevenchars" }, "PASSWORD_TOO_SHORT"],
  [{ password: "x".repeat(257) }, "PASSWORD_TOO_LONG"],
  [{ username: "ab" }, "USERNAME_TOO_SHORT"],
  [{ username: "a".repeat(33) }, "USERNAME_TOO_LONG"],
  [{ username: "not valid!" }, "INVALID_USERNAME"],
])("sign-up with %o is 400 %s", async (override, code) => {
  const { response } = await post({ ...newTestAccount(), ...override });
  expect(response.status).toBe(400);
  expect(response.body).toMatchObject({ code });
  expect(response.setCookies).toEqual([]);
});

test("sign-up with a malformed email is 400 VALIDATION_ERROR naming the field", async () => {
  const { response } = await post({ ...newTestAccount(), email: "not-an-email" });
  expect(response.body).toEqual({ code: "VALIDATION_ERROR", message: "[body.email] Invalid email address" });
});

test("sign-up accepts a 12-character password and an empty name", async () => {
  const { response } = await post({ ...newTestAccount(), name: "", password: "twelve-chars" });
  expect(response.status).toBe(200);
});
