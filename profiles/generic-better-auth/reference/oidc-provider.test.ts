// The local OpenID Connect provider on its own: whom it signs in, what it signs, and that a code works once.
import { createHash, createPublicKey, randomBytes, verify } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { oauthClient } from "../config/auth-options.ts";
import { startOidcProvider, type OidcProvider } from "./oidc-provider.ts";
import { DEFAULT_SIGN_IN_EMAIL, identityFor } from "./provider-identity.ts";

const REDIRECT = "http://127.0.0.1:9/api/auth/callback/google";
let provider: OidcProvider;
beforeAll(async () => {
  provider = await startOidcProvider();
});
afterAll(async () => {
  await provider?.stop();
});

/** Authorize (as the browser would) and exchange the code (as the app would), with PKCE. */
async function signIn(loginHint?: string) {
  const verifier = randomBytes(32).toString("base64url");
  const authorize = new URL(provider.endpoints("google").authorizationUrl);
  authorize.search = new URLSearchParams({
    response_type: "code", client_id: oauthClient("google").clientId, redirect_uri: REDIRECT, state: "s1",
    scope: "openid email profile", code_challenge_method: "S256",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    ...(loginHint === undefined ? {} : { login_hint: loginHint }),
  }).toString();
  const redirect = await fetch(authorize, { redirect: "manual" });
  expect(redirect.status).toBe(302);
  const code = new URL(redirect.headers.get("location")!).searchParams.get("code")!;
  const exchange = () => fetch(provider.endpoints("google").tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code", code, redirect_uri: REDIRECT, code_verifier: verifier,
      client_id: oauthClient("google").clientId, client_secret: oauthClient("google").clientSecret,
    }),
  });
  return { redirect, exchange };
}

function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split(".")[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
}

test("identityFor gives a stable sub per address, a name from the address, and a default without a hint", () => {
  expect(identityFor("Jane.Doe@Example.com")).toEqual(identityFor("jane.doe@example.com"));
  expect(identityFor("jane.doe@example.com")).toMatchObject({ email: "jane.doe@example.com", email_verified: true, name: "Jane Doe" });
  expect(identityFor("jane.doe@example.com").sub).not.toBe(identityFor("john.doe@example.com").sub);
  expect(identityFor(undefined).email).toBe(DEFAULT_SIGN_IN_EMAIL);
  expect(identityFor("not-an-address").email).toBe(DEFAULT_SIGN_IN_EMAIL);
});

test("the authorize redirect carries the code and the state back to redirect_uri", async () => {
  const { redirect } = await signIn("jane.doe@example.com");
  const location = new URL(redirect.headers.get("location")!);
  expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
  expect(location.searchParams.get("state")).toBe("s1");
});

test("the token answer is signed for the login_hint's identity, with the authorized scope", async () => {
  const { exchange } = await signIn("jane.doe@example.com");
  const response = await exchange();
  expect(response.status).toBe(200);
  const tokens = (await response.json()) as { id_token: string; access_token: string; scope: string; token_type: string };
  expect(tokens.token_type).toBe("Bearer");
  expect(tokens.scope).toBe("openid email profile");
  const claims = claimsOf(tokens.id_token);
  expect(claims).toMatchObject({ ...identityFor("jane.doe@example.com"), aud: oauthClient("google").clientId, iss: provider.issuer });
  const { keys } = (await (await fetch(`${provider.issuer}/jwks`)).json()) as { keys: Array<Record<string, unknown> & { kid: string }> };
  const header = JSON.parse(Buffer.from(tokens.id_token.split(".")[0]!, "base64url").toString("utf8")) as { kid: string };
  const key = createPublicKey({ key: keys.find((each) => each.kid === header.kid)!, format: "jwk" });
  const [head, payload, signature] = tokens.id_token.split(".");
  expect(verify("RSA-SHA256", Buffer.from(`${head}.${payload}`), key, Buffer.from(signature!, "base64url"))).toBe(true);
  const userinfo = await fetch(provider.endpoints("google").userInfoUrl, { headers: { authorization: `Bearer ${tokens.access_token}` } });
  expect(await userinfo.json()).toEqual(identityFor("jane.doe@example.com"));
});

test("without a login_hint the default identity signs in", async () => {
  const { exchange } = await signIn();
  const tokens = (await (await exchange()).json()) as { id_token: string };
  expect(claimsOf(tokens.id_token)).toMatchObject(identityFor(undefined));
});

test("a code is exchanged once, with or without PKCE; an unknown access token gets 401 at userinfo", async () => {
  const { exchange } = await signIn("once@example.com");
  expect((await exchange()).status).toBe(200);
  expect((await exchange()).status).toBe(400);
  const withoutPkce = await fetch(provider.endpoints("google").tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code: "never-issued", redirect_uri: REDIRECT, client_id: "google-client" }),
  });
  expect(withoutPkce.status).toBe(400);
  expect(await withoutPkce.json()).toEqual({ error: "invalid_grant", error_description: "The authorization code is unknown or was already used." });
  const userinfo = await fetch(provider.endpoints("google").userInfoUrl, { headers: { authorization: "Bearer nope" } });
  expect(userinfo.status).toBe(401);
  expect(await userinfo.json()).toEqual({ error: "invalid_token", error_description: "The access token is unknown to this provider." });
});
