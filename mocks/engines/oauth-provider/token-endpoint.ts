// POST <provider>/token: the authorization code exchange (RFC 6749 §4.1.3): the client authenticates
// (client_secret_post or client_secret_basic), the code must be this client's, unexpired, unused and
// issued for the same redirect_uri, and its PKCE verifier must hash to the challenge (RFC 7636 §4.6).
// A replayed code also revokes the tokens its first exchange issued (§4.1.2).
import type { CodeGrant, ProviderContext } from "./glossary.ts";
import { signIdToken } from "./id-token.ts";
import { jsonAnswer, tokenError } from "./oauth-responses.ts";
import { randomToken, sha256, toBase64Url } from "./web-crypto.ts";

type ClientCredentials = { clientId: string | undefined; clientSecret: string | undefined };

/** The client's credentials from an HTTP Basic header, else from the form (§2.3.1). */
function credentialsOf(request: Request, form: URLSearchParams): ClientCredentials {
  const basic = /^Basic\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (basic === undefined) return { clientId: form.get("client_id") ?? undefined, clientSecret: form.get("client_secret") ?? undefined };
  const [id = "", secret = ""] = atob(basic).split(":");
  return { clientId: decodeURIComponent(id), clientSecret: decodeURIComponent(secret) };
}

async function pkceHolds(grant: CodeGrant, verifier: string | null): Promise<boolean> {
  if (grant.codeChallenge === undefined) return true;
  return verifier !== null && toBase64Url(await sha256(verifier)) === grant.codeChallenge;
}

/** Why the code cannot be exchanged, or undefined when it can. */
async function refusal(context: ProviderContext, grant: CodeGrant | undefined, clientId: string, form: URLSearchParams): Promise<string | undefined> {
  if (grant === undefined || grant.clientId !== clientId) return "the code is unknown to this client";
  if (grant.used) {
    for (const token of grant.accessTokens) context.tokens.delete(token);
    return "the code was already used; the tokens it gave are revoked";
  }
  if (grant.expiresAt <= context.now()) return "the code has expired";
  if (form.get("redirect_uri") !== grant.redirectUri) return "redirect_uri differs from the authorization request's";
  if (!(await pkceHolds(grant, form.get("code_verifier")))) return "code_verifier does not match the code_challenge";
  return undefined;
}

/** Answers one token request of `provider`. */
export async function exchangeCode(context: ProviderContext, provider: string, request: Request): Promise<Response> {
  if (request.method !== "POST") return jsonAnswer(405, { error: "invalid_request", error_description: "the token endpoint takes POST" }, { allow: "POST" });
  const form = new URLSearchParams(await request.text());
  const client = context.clients[provider];
  const { clientId, clientSecret } = credentialsOf(request, form);
  if (client === undefined || clientId !== client.clientId || clientSecret !== client.clientSecret) return tokenError("invalid_client", "unknown client or wrong client secret");
  if (form.get("grant_type") !== "authorization_code") return tokenError("unsupported_grant_type", "the mock provider exchanges authorization codes only");
  const code = form.get("code");
  if (code === null) return tokenError("invalid_request", "code is required");

  const grant = context.codes.get(code);
  const refused = await refusal(context, grant, clientId, form);
  if (grant === undefined || refused !== undefined) return tokenError("invalid_grant", refused ?? "the code is unknown to this client");
  grant.used = true;

  const now = context.now();
  const accessToken = randomToken();
  grant.accessTokens.push(accessToken);
  context.tokens.set(accessToken, { provider, identity: grant.identity, scope: grant.scope, expiresAt: now + context.tokenLifetimeMs });
  const expiresIn = Math.floor(context.tokenLifetimeMs / 1000);
  const idToken = grant.scope.split(" ").includes("openid")
    ? await signIdToken({ iss: `${context.baseUrl}/${provider}`, aud: clientId, iat: Math.floor(now / 1000), exp: Math.floor(now / 1000) + expiresIn, ...(grant.nonce === undefined ? {} : { nonce: grant.nonce }), ...grant.identity }, client.clientSecret)
    : undefined;
  return jsonAnswer(200, { access_token: accessToken, token_type: "Bearer", expires_in: expiresIn, scope: grant.scope, ...(idToken === undefined ? {} : { id_token: idToken }) });
}
