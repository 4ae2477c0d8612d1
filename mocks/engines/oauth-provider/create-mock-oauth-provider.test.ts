import { expect, test } from "vitest";
import { createMockOAuthProvider } from "./create-mock-oauth-provider.ts";
import { readJwtClaims } from "./id-token.ts";
import { sha256, toBase64Url } from "./web-crypto.ts";

const CALLBACK = "http://localhost:4000/api/auth/callback/google";
const CLIENT = { clientId: "google-client", clientSecret: "google-secret", redirectUris: [CALLBACK] };
const VERIFIER = "a-code-verifier-of-forty-three-characters-or-more-0123";

function setup(now = { ms: 1_700_000_000_000 }) {
  const provider = createMockOAuthProvider({ baseUrl: "http://localhost:4000/__oauth", clients: { google: CLIENT }, now: () => now.ms });
  const authorize = async (params: Record<string, string>) => {
    const url = new URL(provider.endpoints("google").authorizationUrl);
    const query = { response_type: "code", client_id: CLIENT.clientId, redirect_uri: CALLBACK, state: "s1", scope: "openid email profile", code_challenge: toBase64Url(await sha256(VERIFIER)), code_challenge_method: "S256", ...params };
    for (const [name, value] of Object.entries(query)) if (value !== "") url.searchParams.set(name, value);
    return provider.fetch(new Request(url));
  };
  const codeOf = async (params: Record<string, string> = {}) => new URL((await authorize(params)).headers.get("location") ?? "").searchParams.get("code") ?? "";
  const exchange = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    provider.fetch(new Request(provider.endpoints("google").tokenUrl, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams({ grant_type: "authorization_code", redirect_uri: CALLBACK, client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, code_verifier: VERIFIER, ...fields }) }));
  const userInfo = (token: string) => provider.fetch(new Request(provider.endpoints("google").userInfoUrl, { headers: { authorization: `Bearer ${token}` } }));
  return { provider, authorize, codeOf, exchange, userInfo, now };
}

test("redirects back with a code and the state", async () => {
  const answer = await setup().authorize({});
  expect(answer.status).toBe(302);
  const location = new URL(answer.headers.get("location") ?? "");
  expect(`${location.origin}${location.pathname}`).toBe(CALLBACK);
  expect(location.searchParams.get("state")).toBe("s1");
  expect(location.searchParams.get("code")).toMatch(/^[\w-]{40,}$/);
});

test("answers an unknown client or an unregistered redirect_uri with an error page, not a redirect", async () => {
  const { authorize } = setup();
  for (const answer of [await authorize({ client_id: "someone-else" }), await authorize({ redirect_uri: "https://evil.example/callback" })]) {
    expect(answer.status).toBe(400);
    expect(answer.headers.get("location")).toBeNull();
  }
});

test("sends access_denied back when asked to deny, and invalid_request for a login_hint that is no address", async () => {
  const { authorize } = setup();
  expect(new URL((await authorize({ deny: "1" })).headers.get("location") ?? "").searchParams.get("error")).toBe("access_denied");
  const odd = new URL((await authorize({ login_hint: "not an email" })).headers.get("location") ?? "");
  expect([odd.searchParams.get("error"), odd.searchParams.get("state")]).toEqual(["invalid_request", "s1"]);
});

test("exchanges a code once for tokens whose id_token and userinfo name the login_hint's person, verified, with a stable sub", async () => {
  const { codeOf, exchange, userInfo } = setup();
  const first = await exchange({ code: await codeOf({ login_hint: "Ada@Example.com", nonce: "n-1" }) });
  expect(first.status).toBe(200);
  const tokens = await first.json();
  expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 3600, scope: "openid email profile" });
  const claims = readJwtClaims(tokens.id_token);
  expect(claims).toMatchObject({ email: "ada@example.com", email_verified: true, aud: "google-client", iss: "http://localhost:4000/__oauth/google", nonce: "n-1" });
  expect(await (await userInfo(tokens.access_token)).json()).toEqual({ sub: claims?.sub, email: "ada@example.com", email_verified: true, name: "ada" });
  const again = await (await exchange({ code: await codeOf({ login_hint: "ada@example.com" }) })).json();
  expect(readJwtClaims(again.id_token)?.sub).toBe(claims?.sub);
});

test("refuses a replayed code and revokes the tokens its first exchange gave", async () => {
  const { codeOf, exchange, userInfo } = setup();
  const code = await codeOf();
  const { access_token } = await (await exchange({ code })).json();
  const replay = await exchange({ code });
  expect([replay.status, (await replay.json()).error]).toEqual([400, "invalid_grant"]);
  expect((await userInfo(access_token)).status).toBe(401);
});

test("refuses a wrong PKCE verifier, another redirect_uri, and an expired code with invalid_grant", async () => {
  const { codeOf, exchange, now } = setup();
  const wrongVerifier = await exchange({ code: await codeOf(), code_verifier: "another-verifier-another-verifier-another-verifier" });
  const otherRedirect = await exchange({ code: await codeOf(), redirect_uri: "http://localhost:4000/elsewhere" });
  const code = await codeOf();
  now.ms += 61_000;
  const expired = await exchange({ code });
  for (const answer of [wrongVerifier, otherRedirect, expired]) expect([answer.status, (await answer.json()).error]).toEqual([400, "invalid_grant"]);
});

test("authenticates the client by form fields or HTTP Basic, and answers a wrong secret with 401 invalid_client", async () => {
  const { codeOf, exchange } = setup();
  const basic = `Basic ${btoa(`${CLIENT.clientId}:${CLIENT.clientSecret}`)}`;
  expect((await exchange({ code: await codeOf(), client_id: "", client_secret: "" }, { authorization: basic })).status).toBe(200);
  const wrong = await exchange({ code: await codeOf(), client_secret: "guess" });
  expect([wrong.status, (await wrong.json()).error]).toEqual([401, "invalid_client"]);
});

test("answers userinfo without a valid token with 401 and WWW-Authenticate", async () => {
  const { userInfo, provider } = setup();
  const answer = await userInfo("nope");
  expect(answer.status).toBe(401);
  expect(answer.headers.get("www-authenticate")).toContain('error="invalid_token"');
  expect((await provider.fetch(new Request("http://localhost:4000/__oauth/gitlab/authorize"))).status).toBe(404);
});

test("forgets its codes on reset", async () => {
  const { codeOf, exchange, provider } = setup();
  const code = await codeOf();
  provider.reset();
  expect((await exchange({ code })).status).toBe(400);
});
