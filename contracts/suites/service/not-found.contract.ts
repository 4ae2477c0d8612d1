// SERVICE: what is not served. Unknown /api/* paths answer temetro's 404, and Better Auth 1.7 does
// not serve the reset route temetro's docs name (contract decision D6).
import { describe, expect } from "vitest";
import { temetroError } from "#openapi";
import { expectConforms, expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { uniqueTag } from "#targets/identities";

describe("unknown /api/* paths", () => {
  const notFound = temetroError("NOT_FOUND");

  check("SERVICE-UNKNOWN-PATH-404", 'answers a GET with 404 {"error":"Not found"}', async ({ actor }) => {
    const exchange = await actor("visitor").request(`/api/contract-no-such-route-${uniqueTag()}`);
    expectTemetroError(exchange, notFound.status, notFound.body.error);
    expect(exchange.body).toEqual(notFound.body);
  });

  check("SERVICE-UNKNOWN-PATH-POST-404", "answers a POST with a JSON body with the same 404", async ({ actor }) => {
    const exchange = await actor("visitor").request(`/api/contract-no-such-route-${uniqueTag()}`, { json: { probe: true } });
    expect(exchange.body).toEqual(notFound.body);
    expect(exchange.status).toBe(notFound.status);
  });
});

describe("POST /api/auth/forget-password", () => {
  check("SERVICE-FORGET-PASSWORD-ABSENT", "answers 404: the reset request is POST /api/auth/request-password-reset (D6)", async ({ actor }) => {
    const exchange = await actor("visitor").request("/api/auth/forget-password", { json: { email: "t-nobody@example.test" } });
    expect(exchange.status).toBe(404);
    expectConforms(exchange, "forgetPassword");
  });
});
