// RATE: Better Auth's built-in limits, per client IP and path: /sign-in/* takes 3 requests in 10
// seconds, the 4th is 429 with X-Retry-After and {message} alone, not RATE_LIMIT_EXCEEDED (BS12, BS14).
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { newIdentity } from "#targets/identities";
import { reportDifference } from "../document-differences.ts";

describe("POST /api/auth/sign-in/email", () => {
  check("RATE-SIGN-IN-EMAIL", "answers the 4th sign-in within 10 seconds from one client IP with 429, a message and X-Retry-After; another IP is not limited", async (context) => {
    const client = context.actor("guesser");
    const body = { json: { email: newIdentity("rate").email, password: "not-the-password-0" } };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.request("/api/auth/sign-in/email", body)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await client.request("/api/auth/sign-in/email", body);
    expect(limited.body).toEqual({ message: "Too many requests. Please try again later." });
    expect(Number(limited.headers.get("x-retry-after"))).toBeGreaterThan(0);
    expect((await context.actor("someone else").request("/api/auth/sign-in/email", body)).status).toBe(401);
    reportDifference(context, "BS12");
  }, { requires: ["own-client-ip", "not-safe-mode"] });
});
