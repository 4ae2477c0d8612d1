// One JWKS client for every target: jose's createRemoteJWKSet on the target's GET /api/auth/jwks,
// fetched through an actor (so the in-process mock, reached without a network, and a deployment
// over HTTP are read by the same code, and the JWKS answer is recorded and checked like any other).
import { createRemoteJWKSet, customFetch, jwtVerify } from "jose";
import type { JWTPayload, JWTVerifyResult } from "jose";
import type { Actor, Target } from "#targets/target";

/** Verifies a JWT against the target's published keys; rejects a token they did not sign. */
export function targetJwtVerifier(target: Target, actor: Actor): (token: string) => Promise<JWTVerifyResult<JWTPayload>> {
  const jwks = createRemoteJWKSet(new URL("/api/auth/jwks", target.baseUrl), {
    [customFetch]: async (url: string) => {
      const exchange = await actor.request(new URL(url).pathname);
      return new Response(exchange.text, { status: exchange.status, headers: exchange.headers });
    },
  });
  return (token) => jwtVerify(token, jwks);
}
