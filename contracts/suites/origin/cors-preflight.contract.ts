// ORIGIN: temetro's CORS on a preflight. An allowed origin (the frontend) gets 204 with its origin
// reflected and credentials allowed; a disallowed one gets no CORS headers at all, and its OPTIONS
// goes on to the routes as any request would (D41): Better Auth's empty 404 under /api/auth/*,
// requireAuth's 401 on a guarded temetro route. Never a 204 a browser would take as permission.
import { describe, expect } from "vitest";
import { temetroError } from "#openapi";
import { check } from "#contracts/harness";
import type { Exchange } from "#targets/target";
import { FOREIGN_ORIGIN } from "./origin-requests.ts";

const preflightHeaders = { "access-control-request-method": "POST", "access-control-request-headers": "content-type" };

/** A response carries no CORS header at all. */
function expectNoCorsHeaders(exchange: Exchange): void {
  const cors = [...exchange.headers.keys()].filter((name) => name.startsWith("access-control-"));
  expect(cors, `CORS headers on the answer to a preflight from ${FOREIGN_ORIGIN}`).toEqual([]);
}

describe("OPTIONS /api/auth/sign-in/email", () => {
  check("ORIGIN-CORS-PREFLIGHT-FOREIGN-AUTH", "hands a preflight from a disallowed origin to Better Auth: 404 with an empty body, no CORS headers (D41)", async ({ actor }) => {
    const exchange = await actor("attacker page").request("/api/auth/sign-in/email", { method: "OPTIONS", origin: FOREIGN_ORIGIN, headers: preflightHeaders });
    expect(exchange.status, "status of a foreign preflight to /api/auth/sign-in/email").toBe(404);
    expect(exchange.text).toBe("");
    expectNoCorsHeaders(exchange);
  });

  check("ORIGIN-CORS-PREFLIGHT-ALLOWED", "answers a preflight from the frontend with 204, the origin reflected and credentials allowed", async ({ actor, target }) => {
    const exchange = await actor("frontend").request("/api/auth/sign-in/email", { method: "OPTIONS", origin: target.frontendOrigin, headers: preflightHeaders });
    expect(exchange.status).toBe(204);
    expect(exchange.headers.get("access-control-allow-origin")).toBe(target.frontendOrigin);
    expect(exchange.headers.get("access-control-allow-credentials")).toBe("true");
  });
});

describe("OPTIONS /api/patients", () => {
  check("ORIGIN-CORS-PREFLIGHT-FOREIGN-API", 'hands a preflight from a disallowed origin to temetro\'s routes: 401 {"error":"Authentication required."}, no CORS headers (D41)', async ({ actor }) => {
    const exchange = await actor("attacker page").request("/api/patients", { method: "OPTIONS", origin: FOREIGN_ORIGIN, headers: preflightHeaders });
    const required = temetroError("AUTHENTICATION_REQUIRED");
    expect(exchange.status, "status of a foreign preflight to /api/patients").toBe(required.status);
    expect(exchange.body).toEqual(required.body);
    expectNoCorsHeaders(exchange);
  });

  check("ORIGIN-CORS-PREFLIGHT-ALLOWED-API", "answers a preflight from the frontend with 204 and the origin reflected", async ({ actor, target }) => {
    const exchange = await actor("frontend").request("/api/patients", { method: "OPTIONS", origin: target.frontendOrigin, headers: preflightHeaders });
    expect(exchange.status).toBe(204);
    expect(exchange.headers.get("access-control-allow-origin")).toBe(target.frontendOrigin);
    expect(exchange.headers.get("access-control-allow-credentials")).toBe("true");
  });
});
