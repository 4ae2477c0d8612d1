// PATIENTS: a file number in the path whose percent-escapes do not decode (`%zz`) is 400 "Malformed
// URL." once the session and clinic checks pass, never the 500 temetro's code answers (D37, D11).
import { describe, expect } from "vitest";
import { temetroError } from "#openapi";
import { expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { sharedState } from "#contracts/states/shared-state";

// Only reads, in a clinic no check writes to.
const readOnlyClinic = sharedState("a clinic with only its owner, read only");

describe("GET /api/patients/{fileNumber}", () => {
  const malformed = temetroError("MALFORMED_URL");

  check("PATIENTS-D37-MALFORMED-ESCAPE", 'answers a file number whose percent-escape does not decode (%zz) with 400 "Malformed URL.", never 500 (D37)', async ({ given }) => {
    const owner = (await given(readOnlyClinic)).owner.actor;
    const exchange = await owner.request("/api/patients/%zz");
    expect(exchange.status, "GET /api/patients/%zz with a session (decision D37: 400; temetro's code answers 500)").toBe(malformed.status);
    expect(exchange.body).toEqual(malformed.body);
  });

  check("PATIENTS-D37-MALFORMED-ESCAPE-SIGNED-OUT", "checks the session before the path: 401 without one", async ({ actor }) => {
    expectTemetroError(await actor("visitor").request("/api/patients/%zz"), 401, temetroError("AUTHENTICATION_REQUIRED").body.error);
  });
});
