// ORIGIN: Auth.js checks no Origin (AJ14): its CSRF defence is the double-submit token and
// SameSite=Lax cookies. CORS lets the trusted frontend read answers with credentials and gives a
// foreign page no CORS headers, so its browser cannot read them.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { bodyOf, locationOf, registeredAdmin, signInWith } from "../profile-states.ts";

describe("POST /api/auth/callback/credentials", () => {
  check("ORIGIN-NOT-CHECKED", "signs in a form posted with a foreign Origin when its CSRF token and cookie are right (AJ14)", async ({ given, target, advise }) => {
    const { actor, identity } = await given(registeredAdmin("foreign origin"));
    const exchange = await signInWith(actor, identity, { origin: "https://evil.example" });
    expect(exchange.status).toBe(302);
    expect(locationOf(exchange, target).searchParams.has("error")).toBe(false);
    expect(exchange.headers.get("access-control-allow-origin")).toBeNull();
    advise("ADVISORY-AJ14-NO-ORIGIN-CHECK", "info",
      "Auth.js checks no Origin: a request carrying the right csrfToken and csrf cookie is taken from any page (decision AJ14). A foreign page cannot read the token (the csrf cookie is HttpOnly and /api/auth/csrf answers it no CORS headers), so the double-submit holds; the document's own routes have no CSRF token at all.",
      "Keep CORS to the frontend's origin; the document's routes change nothing a signed-in user owns, so they need no token.");
  });
});

describe("GET /api/auth/csrf", () => {
  check("ORIGIN-CORS-FRONTEND-ONLY", "gives the frontend's origin CORS with credentials and a foreign origin no CORS headers", async ({ actor, target }) => {
    const frontend = await actor("frontend").request("/api/auth/csrf", { origin: target.frontendOrigin });
    expect(frontend.headers.get("access-control-allow-origin")).toBe(target.frontendOrigin);
    expect(frontend.headers.get("access-control-allow-credentials")).toBe("true");
    const foreign = await actor("foreign page").request("/api/auth/csrf", { origin: "https://evil.example" });
    expect(bodyOf(foreign, "getCsrfToken", 200).csrfToken).toMatch(/^[0-9a-f]{64}$/);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });
});
