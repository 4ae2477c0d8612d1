// ORIGIN: the first-login check of sign-in and sign-up (x-rules.originCheck: first-login): with no
// cookie yet, a foreign Origin or a cross-site navigation (Fetch Metadata) is still refused.
import { describe, expect } from "vitest";
import { getOperation } from "#openapi";
import { expectBetterAuthError } from "#contracts/expect-contract";
import { check, skipCheck } from "#contracts/harness";
import { FOREIGN_ORIGIN, firstLogin, slugOf, wellFormedBody } from "./origin-requests.ts";

for (const op of firstLogin) {
  describe(`POST ${op.path}`, () => {
    const foreignId = `ORIGIN-FIRST-LOGIN-FOREIGN-${slugOf(op)}`;
    const navigationId = `ORIGIN-FIRST-LOGIN-NAVIGATION-${slugOf(op)}`;
    if (wellFormedBody(op) === undefined) {
      const reason = `no well-formed body is known for ${op.operationId}; add one to origin-requests.ts`;
      skipCheck(foreignId, "refuses a foreign Origin without a cookie", reason);
      skipCheck(navigationId, "refuses a cross-site navigation", reason);
      return;
    }

    check(foreignId, "refuses a well-formed request from a foreign Origin, without any cookie, with 403 INVALID_ORIGIN", async ({ actor }) => {
      const exchange = await actor("attacker page").request(op.path, { json: wellFormedBody(op), origin: FOREIGN_ORIGIN });
      expectBetterAuthError(exchange, 403, "INVALID_ORIGIN");
    });

    check(navigationId, "refuses a cross-site form navigation (Sec-Fetch-Site: cross-site, Sec-Fetch-Mode: navigate) with 403 CROSS_SITE_NAVIGATION_LOGIN_BLOCKED", async ({ actor }) => {
      const headers = { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" };
      const exchange = await actor("attacker form").request(op.path, { json: wellFormedBody(op), origin: null, headers });
      expectBetterAuthError(exchange, 403, "CROSS_SITE_NAVIGATION_LOGIN_BLOCKED");
    });
  });
}

const usernameSignIn = getOperation("signInUsername");
if (usernameSignIn.rules.originCheck !== "first-login") {
  describe(`POST ${usernameSignIn.path}`, () => {
    check("ORIGIN-USERNAME-SIGN-IN-CROSS-SITE", "processes a username sign-in from a foreign Origin without a cookie (no first-login check)", async ({ actor, advise }) => {
      const exchange = await actor("attacker page").request(usernameSignIn.path, { json: wellFormedBody(usernameSignIn), origin: FOREIGN_ORIGIN });
      expect(exchange.status).toBe(401);
      advise("ADVISORY-LOGIN-CSRF-USERNAME", "medium",
        "POST /api/auth/sign-in/username is processed when it comes from a foreign Origin without a cookie: unlike sign-in/email, "
        + "it has no first-login CSRF check, so a hostile page can sign a visitor into the attacker's account (login CSRF).",
        "Refuse POST /api/auth/sign-in/username whose Origin is not the frontend's (FRONTEND_URL), at a proxy in front of the API or in temetro's auth setup, as Better Auth already does for sign-in/email.");
    });
  });
}
