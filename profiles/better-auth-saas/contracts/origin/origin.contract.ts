// ORIGIN: Better Auth's origin (CSRF) check (BS14). A foreign Origin is refused on sign-in even
// without a cookie, and on organization create with the session cookie.
import { describe, expect } from "vitest";
import { checkForeignOriginSignIn } from "#contracts/better-auth-app-checks";
import { check } from "#contracts/harness";
import { bodyOf, verifiedUser } from "../profile-states.ts";

describe("POST /api/auth/sign-in/email", () => {
  checkForeignOriginSignIn(verifiedUser);
});

describe("POST /api/auth/organization/create", () => {
  check("ORIGIN-FOREIGN-ORG-CREATE", "refuses a cookie-carrying organization create from a foreign Origin with 403 INVALID_ORIGIN, and creates nothing", async ({ given }) => {
    const { actor } = await given(verifiedUser("origin org"));
    const exchange = await actor.request("/api/auth/organization/create", { json: { name: "Forged", slug: `forged-${Date.now()}` }, origin: "https://evil.example" });
    expect(exchange.status).toBe(403);
    expect(exchange.body).toEqual({ code: "INVALID_ORIGIN", message: "Invalid origin" });
    expect(bodyOf(await actor.request("/api/auth/organization/list"), "listOrganizations", 200)).toEqual([]);
  });
});
