// POST /api/auth/sign-in/username against the mock.
import { expect, test } from "vitest";
import { createMockApi } from "../../create-mock-api.ts";
import { signUp, testClient } from "#targets/testing/test-client";

const setUp = async () => {
  const api = await createMockApi({ log: () => {} });
  return { api, account: await signUp(testClient(api)) };
};

test("sign-in by username ignores case and signs the user in", async () => {
  const { api, account } = await setUp();
  const response = await testClient(api).request("/api/auth/sign-in/username", { json: { username: account.username.toUpperCase(), password: account.password } });
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ redirect: false, user: { username: account.username.toLowerCase() } });
});

test.each([
  [{ username: "no_such_user", password: "not-the-password" }],
  [{ username: "", password: "x" }],
  [{ username: "someone", password: "" }],
])("%o is 401 INVALID_USERNAME_OR_PASSWORD", async (json) => {
  const { api } = await setUp();
  const response = await testClient(api).request("/api/auth/sign-in/username", { json });
  expect(response.status).toBe(401);
  expect(response.body).toEqual({ code: "INVALID_USERNAME_OR_PASSWORD", message: "Invalid username or password" });
});

test.each([
  ["ab", "USERNAME_TOO_SHORT"],
  ["a".repeat(33), "USERNAME_TOO_LONG"],
  ["no spaces", "INVALID_USERNAME"],
])("the username %j is 422 %s", async (username, code) => {
  const { api } = await setUp();
  const response = await testClient(api).request("/api/auth/sign-in/username", { json: { username, password: "whatever-password" } });
  expect(response.status).toBe(422);
  expect(response.body).toMatchObject({ code });
});

test("a 257-character password is 400 PASSWORD_TOO_LONG; a missing username is VALIDATION_ERROR", async () => {
  const { api, account } = await setUp();
  const long = await testClient(api).request("/api/auth/sign-in/username", { json: { username: account.username, password: "x".repeat(257) } });
  const missing = await testClient(api).request("/api/auth/sign-in/username", { json: { password: "x" } });
  expect(long.body).toEqual({ code: "PASSWORD_TOO_LONG", message: "Password too long" });
  expect(missing.body).toEqual({ code: "VALIDATION_ERROR", message: "[body.username] Invalid input: expected string, received undefined" });
});
