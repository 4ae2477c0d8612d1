// ORIGIN: Better Auth's origin (CSRF) check (GB13). A foreign Origin is refused on the email
// sign-in even without a cookie; a cookie-carrying request with no Origin at all is refused too.
import { describe, expect } from "vitest";
import { checkForeignOriginSignIn } from "#contracts/better-auth-app-checks";
import { check } from "#contracts/harness";
import { bodyOf, verifiedUser } from "../profile-states.ts";

describe("POST /api/auth/sign-in/email", () => {
  checkForeignOriginSignIn(verifiedUser);
});

describe("POST /api/auth/sign-out", () => {
  check("ORIGIN-MISSING-WITH-COOKIE", "refuses a cookie-carrying sign-out without Origin or Referer with 403 MISSING_OR_NULL_ORIGIN, and the session survives", async ({ given }) => {
    const { actor, userId } = await given(verifiedUser("no origin"));
    const exchange = await actor.request("/api/auth/sign-out", { json: {}, origin: null });
    expect(exchange.status).toBe(403);
    expect(exchange.body).toEqual({ code: "MISSING_OR_NULL_ORIGIN", message: "Missing or null Origin" });
    expect(bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200)?.user.id).toBe(userId);
  });
});
