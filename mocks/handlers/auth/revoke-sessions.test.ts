// The session list and revocation routes against the mock.
import { expect, test } from "vitest";
import { createMockApi } from "../../create-mock-api.ts";
import { signUp, field, testClient, type TestClient } from "#targets/testing/test-client";

const DAY = 24 * 60 * 60 * 1000;

const threeDevices = async () => {
  const api = await createMockApi({ log: () => {} });
  const laptop = testClient(api);
  const account = await signUp(laptop);
  const devices: TestClient[] = [laptop];
  for (let n = 0; n < 2; n++) {
    const device = testClient(api);
    await device.request("/api/auth/sign-in/email", { json: { email: account.email, password: account.password } });
    devices.push(device);
  }
  const tokens = await Promise.all(devices.map(async (device) => field((await device.request("/api/auth/get-session")).body, "session.token")));
  return { api, devices, tokens };
};

const liveInStore = async (device: TestClient) => (await device.request("/api/auth/get-session?disableCookieCache=true")).body !== null;

test("list-sessions lists every live session of the user", async () => {
  const { devices, tokens } = await threeDevices();
  const response = await devices[0]!.request("/api/auth/list-sessions");
  expect(Array.isArray(response.body) ? response.body.map((session) => field(session, "token")) : []).toEqual(tokens);
});

test("list-sessions on a session a day old is 403 SESSION_NOT_FRESH, refreshed or not", async () => {
  const { api, devices } = await threeDevices();
  api.clock.advance(DAY);
  await devices[0]!.request("/api/auth/get-session");
  const response = await devices[0]!.request("/api/auth/list-sessions");
  expect(response.status).toBe(403);
  expect(response.body).toEqual({ code: "SESSION_NOT_FRESH", message: "Session is not fresh" });
});

test("revoke-session ends one session; another user's token is ignored with 200", async () => {
  const { api, devices, tokens } = await threeDevices();
  const response = await devices[0]!.request("/api/auth/revoke-session", { json: { token: tokens[1] } });
  expect(response.body).toEqual({ status: true });
  expect(await Promise.all(devices.map(liveInStore))).toEqual([true, false, true]);
  const stranger = testClient(api);
  await signUp(stranger);
  expect((await stranger.request("/api/auth/revoke-session", { json: { token: tokens[2] } })).status).toBe(200);
  expect(await liveInStore(devices[2]!)).toBe(true);
});

test("revoking the caller's own session expires its cookies", async () => {
  const { devices, tokens } = await threeDevices();
  const response = await devices[0]!.request("/api/auth/revoke-session", { json: { token: tokens[0] } });
  expect(response.setCookies.every((cookie) => cookie.includes("Max-Age=0"))).toBe(true);
  expect(await devices[0]!.cookieHeader()).toBe("");
});

test("revoke-other-sessions keeps only the caller's session", async () => {
  const { devices } = await threeDevices();
  expect((await devices[1]!.request("/api/auth/revoke-other-sessions", { method: "POST" })).body).toEqual({ status: true });
  expect(await Promise.all(devices.map(liveInStore))).toEqual([false, true, false]);
});

test("revoke-sessions ends every session, the caller's too, and expires its cookies", async () => {
  const { devices } = await threeDevices();
  const response = await devices[2]!.request("/api/auth/revoke-sessions", { method: "POST" });
  expect(response.body).toEqual({ status: true });
  expect(await devices[2]!.cookieHeader()).toBe("");
  expect(await Promise.all(devices.slice(0, 2).map(liveInStore))).toEqual([false, false]);
});

test("a revoked session's cookie cache still lists sessions (an empty list) until it expires", async () => {
  const { devices } = await threeDevices();
  const stolen = await devices[0]!.copy();
  await devices[0]!.request("/api/auth/revoke-sessions", { method: "POST" });
  const response = await stolen.request("/api/auth/list-sessions");
  expect(response.status).toBe(200);
  expect(response.body).toEqual([]);
});
