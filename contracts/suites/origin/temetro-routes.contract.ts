// ORIGIN: temetro's own /api/* routes have no origin check; they rely on CORS and SameSite=Lax
// cookies. Conforming, and reported as a security advisory.
import { describe, expect } from "vitest";
import { bodyOf } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { signedInUser } from "#contracts/states/index";
import { FOREIGN_ORIGIN } from "./origin-requests.ts";

describe("POST /api/auth-helpers/reset-by-username", () => {
  check("ORIGIN-TEMETRO-ROUTES-UNCHECKED", "accepts a cookie-carrying POST from a foreign Origin (temetro's routes have no origin check)", async ({ given, advise }) => {
    const { actor, identity } = await given(signedInUser);
    const exchange = await actor.request("/api/auth-helpers/reset-by-username", { json: { username: identity.username }, origin: FOREIGN_ORIGIN });
    expect(bodyOf(exchange, "resetByUsername", 200)).toEqual({ ok: true });
    advise("ADVISORY-API-FOREIGN-ORIGIN", "medium",
      "temetro's own /api/* routes accept state-changing requests from a foreign Origin; only CORS (which does not stop the request) "
      + "and SameSite=Lax cookies stand in the way. A same-site page (another app on a sibling subdomain) can write with the user's session.",
      "Refuse state-changing /api/* requests whose Origin is not the frontend's (FRONTEND_URL), at a proxy or in temetro's middleware, and host no other application on a sibling subdomain of the API.");
  });
});
