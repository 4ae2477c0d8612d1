// ORIGIN: Better Auth's CSRF check on every state-changing /api/auth/* route, generated from
// x-rules.originCheck: a cookie-carrying POST from a foreign Origin or Referer is refused, one from
// the trusted frontend accepted.
import { describe, expect } from "vitest";
import { expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { signedInUser } from "#contracts/states/index";
import { sharedState } from "#contracts/states/shared-state";
import { FOREIGN_ORIGIN, originChecked, slugOf } from "./origin-requests.ts";

// Every request is refused before it changes anything, so one signed-in user serves them all.
const readOnlyUser = sharedState("a signed-in user with no clinic, read only");

for (const op of originChecked) {
  describe(`POST ${op.path}`, () => {
    check(`ORIGIN-FOREIGN-${slugOf(op)}`, "refuses a cookie-carrying request from a foreign Origin or Referer with 403 INVALID_ORIGIN", async ({ given }) => {
      const { actor } = await given(readOnlyUser);
      expectBetterAuthError(await actor.request(op.path, { json: {}, origin: FOREIGN_ORIGIN }), 403, "INVALID_ORIGIN");
      const byReferer = await actor.request(op.path, { json: {}, origin: null, headers: { referer: `${FOREIGN_ORIGIN}/form` } });
      expectBetterAuthError(byReferer, 403, "INVALID_ORIGIN");
    });
  });
}

describe("POST /api/auth/update-user", () => {
  check("ORIGIN-TRUSTED-REFERER", "accepts a cookie-carrying request whose Referer is on the trusted frontend origin", async ({ given, target }) => {
    const { actor } = await given(signedInUser);
    const exchange = await actor.request("/api/auth/update-user", { json: { name: "Contract referer" }, origin: null, headers: { referer: `${target.frontendOrigin}/settings` } });
    expect(exchange.status).toBe(200);
  });
});
