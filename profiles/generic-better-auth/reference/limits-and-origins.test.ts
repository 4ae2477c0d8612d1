// What the profile's configuration does that seed 004's document never mentions: Better Auth's
// built-in rate limits (GB14), its origin checks and the app's CORS (GB13).
import { expect, test } from "vitest";
import { TEST_FRONTEND, useTestGenericReference } from "./testing/start-test-generic-reference.ts";
import { call, uniqueEmail } from "./testing/wire.ts";

const PASSWORD = "securepassword123";
const deployment = useTestGenericReference();

/** Four requests from one client address; their statuses and the last answer. */
async function fourFromOneAddress(path: string, body: () => unknown, address: string) {
  const statuses: number[] = [];
  let last: Response | undefined;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    last = await fetch(`${deployment.auth}${path}`, {
      method: "POST",
      headers: { origin: TEST_FRONTEND, "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify(body()),
    });
    statuses.push(last.status);
  }
  return { statuses, retryAfter: last!.headers.get("x-retry-after"), body: await last!.json() };
}

const TOO_MANY = { message: "Too many requests. Please try again later." };

test.each([
  ["/sign-in/email", () => ({ email: uniqueEmail("limited"), password: PASSWORD }), 401, "10", "203.0.113.1"],
  ["/sign-in/social", () => ({ provider: "google", callbackURL: "/dashboard" }), 200, "10", "203.0.113.2"],
  ["/sign-up/email", () => ({ email: uniqueEmail("limited"), password: PASSWORD, name: "L" }), 200, "10", "203.0.113.3"],
  ["/request-password-reset", () => ({ email: uniqueEmail("limited") }), 200, "60", "203.0.113.4"],
  ["/send-verification-email", () => ({ email: uniqueEmail("limited") }), 200, "60", "203.0.113.5"],
] as const)("the fourth %s from one address is 429 with X-Retry-After (GB14)", async (path, body, status, retryAfter, address) => {
  const result = await fourFromOneAddress(path, body, address);
  expect(result).toEqual({ statuses: [status, status, status, 429], retryAfter, body: TOO_MANY });
});

test("origin checks: a foreign Origin is 403 INVALID_ORIGIN on sign-in and sign-up but not on sign-in/social or the reset request without a cookie; a cookie without Origin is 403 MISSING_OR_NULL_ORIGIN (GB13)", async () => {
  const foreign = "https://evil.example";
  const statusOf = async (path: string, body: unknown, cookie?: string) => {
    const response = await call(`${deployment.auth}${path}`, { body, origin: foreign, cookie });
    return [response.status, ((await response.json()) as { code?: string }).code];
  };
  const email = uniqueEmail("origin");
  expect(await statusOf("/sign-in/email", { email, password: PASSWORD })).toEqual([403, "INVALID_ORIGIN"]);
  expect(await statusOf("/sign-up/email", { email, password: PASSWORD, name: "O" })).toEqual([403, "INVALID_ORIGIN"]);
  expect(await statusOf("/sign-in/social", { provider: "google", callbackURL: "/dashboard" })).toEqual([200, undefined]);
  expect(await statusOf("/request-password-reset", { email })).toEqual([200, undefined]);
  expect(await statusOf("/sign-in/social", { provider: "google", callbackURL: "/dashboard" }, "better-auth.session_token=x")).toEqual([403, "INVALID_ORIGIN"]);
  const noOrigin = await call(`${deployment.auth}/sign-out`, { method: "POST", origin: null, cookie: "better-auth.session_token=x" });
  expect(noOrigin.status).toBe(403);
  expect(await noOrigin.json()).toEqual({ message: "Missing or null Origin", code: "MISSING_OR_NULL_ORIGIN" });
});

test("CORS answers the trusted frontend with credentials, and a foreign origin without CORS headers (GB13)", async () => {
  const preflight = await fetch(`${deployment.auth}/get-session`, { method: "OPTIONS", headers: { origin: TEST_FRONTEND, "access-control-request-method": "GET" } });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get("access-control-allow-origin")).toBe(TEST_FRONTEND);
  expect(preflight.headers.get("access-control-allow-credentials")).toBe("true");
  const read = await fetch(`${deployment.auth}/get-session`, { headers: { origin: TEST_FRONTEND } });
  expect(read.headers.get("access-control-allow-origin")).toBe(TEST_FRONTEND);
  const foreign = await fetch(`${deployment.auth}/get-session`, { headers: { origin: "https://evil.example" } });
  expect(foreign.status).toBe(200);
  expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
});
