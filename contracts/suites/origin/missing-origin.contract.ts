// ORIGIN: Better Auth's CSRF check on every state-changing /api/auth/* route, generated from
// x-rules.originCheck: a cookie-carrying POST with no Origin (nor Referer), or Origin null, is refused.
import { describe } from "vitest";
import { expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { sharedState } from "#contracts/states/shared-state";
import { originChecked, slugOf } from "./origin-requests.ts";

// Every request is refused before it changes anything, so one signed-in user serves them all.
const readOnlyUser = sharedState("a signed-in user with no clinic, read only");

for (const op of originChecked) {
  describe(`POST ${op.path}`, () => {
    check(`ORIGIN-MISSING-${slugOf(op)}`, "refuses a cookie-carrying request with no Origin, or Origin null, with 403 MISSING_OR_NULL_ORIGIN", async ({ given }) => {
      const { actor } = await given(readOnlyUser);
      expectBetterAuthError(await actor.request(op.path, { json: {}, origin: null }), 403, "MISSING_OR_NULL_ORIGIN");
      expectBetterAuthError(await actor.request(op.path, { json: {}, origin: "null" }), 403, "MISSING_OR_NULL_ORIGIN");
    });
  });
}
