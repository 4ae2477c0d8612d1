// JWT: the token for API access (BS07, BS08). GET /api/auth/token and get-session's set-auth-jwt
// header both carry a JWT that jose verifies against the target's own JWKS, with the same code for
// every target; it names the user, and lives exactly one hour. The seed's POST /token is 404 (BS13).
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { JWT_LIFETIME_SECONDS } from "#profiles/better-auth-saas/config/auth-options";
import { reportDifference } from "../document-differences.ts";
import { bodyOf, verifiedUser } from "../profile-states.ts";
import { targetJwtVerifier } from "./target-jwks.ts";

describe("GET /api/auth/token", () => {
  check("JWT-TOKEN-VERIFIES", "gives a JWT that verifies against GET /api/auth/jwks (EdDSA), with sub the user, iss and aud the app's origin, and exp − iat = 3600", async ({ given, actor, target }) => {
    const { actor: user, userId, identity, publicOrigin } = await given(verifiedUser("jwt"));
    const { token } = bodyOf(await user.request("/api/auth/token"), "getToken", 200);
    const { payload, protectedHeader } = await targetJwtVerifier(target, actor("api server"))(token);
    expect(protectedHeader.alg).toBe("EdDSA");
    expect(payload).toMatchObject({ sub: userId, email: identity.email, iss: publicOrigin, aud: publicOrigin });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(JWT_LIFETIME_SECONDS);
  });

  check("JWT-SIGNED-OUT-401", "refuses a caller without a session with 401 UNAUTHORIZED", async ({ actor }) => {
    const exchange = await actor("visitor").request("/api/auth/token");
    expect(exchange.status).toBe(401);
    expect(exchange.body).toMatchObject({ code: "UNAUTHORIZED" });
  });

  check("JWT-POST-TOKEN-404", "answers the document's POST /api/auth/token with 404 (BS13)", async (context) => {
    const { actor } = await context.given(verifiedUser("post token"));
    const exchange = await actor.request("/api/auth/token", { method: "POST", json: {}, operationId: null });
    expect(exchange.status).toBe(404);
    reportDifference(context, "BS13");
  });
});

describe("GET /api/auth/get-session", () => {
  check("JWT-SESSION-HEADER", "sends the same kind of JWT in set-auth-jwt (exposed to CORS readers), verified by the same JWKS client", async ({ given, actor, target }) => {
    const { actor: user, userId } = await given(verifiedUser("jwt header"));
    const exchange = await user.request("/api/auth/get-session");
    bodyOf(exchange, "getSession", 200);
    const header = exchange.headers.get("set-auth-jwt");
    expect(header, "the set-auth-jwt header").not.toBeNull();
    expect(exchange.headers.get("access-control-expose-headers") ?? "").toContain("set-auth-jwt");
    const { payload } = await targetJwtVerifier(target, actor("api server"))(header ?? "");
    expect(payload.sub).toBe(userId);
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(JWT_LIFETIME_SECONDS);
  });

  check("JWT-FORGED-REFUSED", "a token whose payload was altered does not verify against the target's JWKS", async ({ given, actor, target }) => {
    const { actor: user } = await given(verifiedUser("forged"));
    const { token } = bodyOf(await user.request("/api/auth/token"), "getToken", 200);
    const [header, payload, signature] = token.split(".");
    const claims: unknown = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    const forged = Buffer.from(JSON.stringify({ ...(typeof claims === "object" ? claims : {}), sub: "someone-else" })).toString("base64url");
    await expect(targetJwtVerifier(target, actor("api server"))(`${header}.${forged}.${signature}`)).rejects.toThrow(/signature/i);
  });
});
