// RATE: Better Auth's built-in limits, per client IP and path: /sign-in/* takes 3 requests in 10
// seconds, the 4th is 429 with X-Retry-After and {message} alone, not RATE_LIMIT_EXCEEDED (BS12, BS14).
import { describe } from "vitest";
import { checkSignInRateLimit } from "#contracts/better-auth-app-checks";
import { reportDifference } from "../document-differences.ts";

describe("POST /api/auth/sign-in/email", () => {
  checkSignInRateLimit((context) => reportDifference(context, "BS12"));
});
