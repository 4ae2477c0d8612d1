// RATE: Better Auth's built-in limits, per client IP and path: /sign-in/* and /sign-up/* take 3
// requests in 10 seconds, the 4th is 429 with X-Retry-After and no code.
import { describe } from "vitest";
import { checkSignInRateLimit } from "#contracts/better-auth-app-checks";

describe("POST /api/auth/sign-in/email", () => {
  checkSignInRateLimit();
});
