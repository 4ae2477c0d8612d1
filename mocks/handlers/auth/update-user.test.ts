// POST /api/auth/update-user and /api/auth/is-username-available against the mock.
import { expect, test } from "vitest";
import { createMockApi } from "../../create-mock-api.ts";
import { signUp, testClient } from "#targets/testing/test-client";

const setUp = async () => {
  const api = await createMockApi({ log: () => {} });
  const browser = testClient(api);
  return { api, browser, account: await signUp(browser) };
};

test("update-user changes the name and re-issues both cookies, so get-session shows it at once", async () => {
  const { browser } = await setUp();
  const response = await browser.request("/api/auth/update-user", { json: { name: "Dr. Amina Yusuf-Bello" } });
  expect(response.body).toEqual({ status: true });
  expect(response.setCookies.map((cookie) => cookie.slice(0, cookie.indexOf("=")))).toEqual(["better-auth.session_token", "better-auth.session_data"]);
  expect((await browser.request("/api/auth/get-session")).body).toMatchObject({ user: { name: "Dr. Amina Yusuf-Bello" } });
});

test("a new username is stored lower-cased and leaves displayUsername as it was", async () => {
  const { browser, account } = await setUp();
  await browser.request("/api/auth/update-user", { json: { username: "New.Name" } });
  const { body } = await browser.request("/api/auth/get-session");
  expect(body).toMatchObject({ user: { username: "new.name", displayUsername: account.username } });
});

test("another user's username is 400 USERNAME_IS_ALREADY_TAKEN; the caller's own, in another case, is fine", async () => {
  const { api, browser, account } = await setUp();
  const other = await signUp(testClient(api));
  const taken = await browser.request("/api/auth/update-user", { json: { username: other.username } });
  const own = await browser.request("/api/auth/update-user", { json: { username: account.username.toUpperCase() } });
  expect(taken.body).toMatchObject({ code: "USERNAME_IS_ALREADY_TAKEN" });
  expect(own.status).toBe(200);
});

test("an email is 400 EMAIL_CAN_NOT_BE_UPDATED; nothing to change is 400 with no code", async () => {
  const { browser } = await setUp();
  const email = await browser.request("/api/auth/update-user", { json: { email: "new@clinic.example" } });
  const nothing = await browser.request("/api/auth/update-user", { json: { favouriteColour: "teal" } });
  expect(email.body).toEqual({ code: "EMAIL_CAN_NOT_BE_UPDATED", message: "Email can not be updated" });
  expect(nothing.body).toEqual({ message: "No fields to update" });
});

test("is-username-available compares case-insensitively and is 422 for an impossible username", async () => {
  const { api, account } = await setUp();
  const stranger = testClient(api);
  const taken = await stranger.request("/api/auth/is-username-available", { json: { username: account.username.toUpperCase() } });
  const free = await stranger.request("/api/auth/is-username-available", { json: { username: "free_name" } });
  const empty = await stranger.request("/api/auth/is-username-available", { json: { username: "" } });
  const short = await stranger.request("/api/auth/is-username-available", { json: { username: "ab" } });
  expect([taken.body, free.body]).toEqual([{ available: false }, { available: true }]);
  expect([empty.status, short.status]).toEqual([422, 422]);
  expect([empty.body, short.body]).toMatchObject([{ code: "INVALID_USERNAME" }, { code: "USERNAME_TOO_SHORT" }]);
});
