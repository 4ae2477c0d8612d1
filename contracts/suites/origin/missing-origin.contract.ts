// ORIGIN: Better Auth's CSRF check on every state-changing /api/auth/* route, generated from
// x-rules.originCheck: a cookie-carrying POST with no Origin (nor Referer), or Origin null, is refused.
import { describe } from "vitest";
import { expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { signedInUser } from "#contracts/states/index";
import { originChecked, slugOf } from "./origin-requests.ts";

for (const op of originChecked) {
  describe(`POST ${op.path}`, () => {
    check(`ORIGIN-MISSING-${slugOf(op)}`, "refuses a cookie-carrying request with no Origin, or Origin null, with 403 MISSING_OR_NULL_ORIGIN", async ({ given }) => {
      const { actor } = await given(signedInUser);
      expectBetterAuthError(await actor.request(op.path, { json: {}, origin: null }), 403, "MISSING_OR_NULL_ORIGIN");
      expectBetterAuthError(await actor.request(op.path, { json: {}, origin: "null" }), 403, "MISSING_OR_NULL_ORIGIN");
    });
  });
}
