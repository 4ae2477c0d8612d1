// SERVICE: a method the contract does not list on a path answers as an unknown route (D36): 404
// {"error":"Not found"} on temetro's paths once its guards pass, Better Auth's empty 404 under
// /api/auth/*. TRACE is the probe: fetch cannot carry it, and temetro's Better Auth mount answers it
// with a 500, which never conforms (D11).
import { describe, expect } from "vitest";
import { temetroError } from "#openapi";
import { expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { sharedState } from "#contracts/states/shared-state";

const notFound = temetroError("NOT_FOUND");
// TRACE changes nothing: a user and a clinic no check writes to.
const readOnlyUser = sharedState("a signed-in user with no clinic, read only");
const readOnlyClinic = sharedState("a clinic with only its owner, read only");

describe("TRACE /health", () => {
  check("SERVICE-D36-TRACE-HEALTH", 'answers TRACE /health with 404 {"error":"Not found"}', async ({ actor }) => {
    expectTemetroError(await actor("visitor").request("/health", { method: "TRACE" }), notFound.status, notFound.body.error);
  });
});

describe("TRACE /api/patients", () => {
  check("SERVICE-D36-TRACE-API", 'answers TRACE /api/patients with 404 {"error":"Not found"} once the session and clinic checks pass (D36)', async ({ given, actor }) => {
    expectTemetroError(await actor("visitor").request("/api/patients", { method: "TRACE" }), 401, temetroError("AUTHENTICATION_REQUIRED").body.error);
    const owner = (await given(readOnlyClinic)).owner.actor;
    expectTemetroError(await owner.request("/api/patients", { method: "TRACE" }), notFound.status, notFound.body.error);
  });
});

describe("TRACE /api/auth/get-session", () => {
  check("SERVICE-D36-TRACE-AUTH", "answers TRACE under /api/auth/* as Better Auth answers an unknown route: 404, empty body, never 500 (D36, D11)", async ({ given }) => {
    const { actor } = await given(readOnlyUser);
    const exchange = await actor.request("/api/auth/get-session", { method: "TRACE" });
    expect(exchange.status, "TRACE /api/auth/get-session (decision D36: 404; temetro answers 500 because fetch cannot carry TRACE)").toBe(404);
    expect(exchange.text).toBe("");
  });
});
