// The real local OpenID Connect provider the reference signs in with: oauth2-mock-server on a free
// port, one issuer serving google, github and discord (each its own client id), with real signed
// tokens, PKCE and single-use codes. Whom it signs in is the `login_hint` the app forwards.
import { Events, OAuth2Server } from "oauth2-mock-server";
import type { MutableRedirectUri, MutableResponse, MutableToken, TokenRequestIncomingMessage } from "oauth2-mock-server";
import type { IncomingMessage } from "node:http";
import type { OAuthEndpoints, OAuthProviderId } from "../config/auth-options.ts";
import { identityFor } from "./provider-identity.ts";
import type { ProviderIdentity } from "./provider-identity.ts";

export type OidcProvider = {
  /** The issuer's origin, e.g. http://127.0.0.1:43123. */
  issuer: string;
  /** Where the app finds the provider's endpoints (the same issuer for every provider id). */
  endpoints: (provider: OAuthProviderId) => OAuthEndpoints;
  stop: () => Promise<void>;
};

/** Whom an authorization code signs in, and the scope the authorize request asked for. */
type Grant = { identity: ProviderIdentity; scope: string };

/** How many issued codes and access tokens are remembered; a test deployment never gets near it. */
const REMEMBERED = 10_000;

/** Start the provider on `host` and `port` (0: any free port). */
export async function startOidcProvider(options: { host?: string; port?: number } = {}): Promise<OidcProvider> {
  const host = options.host ?? "127.0.0.1";
  const server = new OAuth2Server();
  await server.issuer.keys.generate("RS256");
  // Whom each authorization code and access token belongs to, from the authorize request's login_hint.
  const byCode = new Map<string, Grant>();
  const byAccessToken = new Map<string, ProviderIdentity>();

  server.service.on(Events.BeforeAuthorizeRedirect, (redirect: MutableRedirectUri, req: IncomingMessage) => {
    const code = redirect.url.searchParams.get("code");
    if (code === null) return;
    const query = new URL(req.url ?? "/", "http://provider").searchParams;
    remember(byCode, code, { identity: identityFor(query.get("login_hint") ?? undefined), scope: query.get("scope") ?? "" });
  });
  server.service.on(Events.BeforeTokenSigning, (token: MutableToken, req: TokenRequestIncomingMessage) => {
    // Both the access token and the id_token carry the identity's claims.
    Object.assign(token.payload, grantOf(req, byCode).identity);
  });
  server.service.on(Events.BeforeResponse, (response: MutableResponse, req: TokenRequestIncomingMessage) => {
    if (typeof response.body !== "object") return;
    const code = req.body.code;
    if (req.body.grant_type === "authorization_code" && (typeof code !== "string" || !byCode.has(code))) {
      // The package takes any code when no PKCE verifier comes with it; a provider issues each code once.
      response.statusCode = 400;
      response.body = { error: "invalid_grant", error_description: "The authorization code is unknown or was already used." };
      return;
    }
    const grant = grantOf(req, byCode);
    // The package answers scope "dummy" unless the token request names one; a provider grants what was authorized.
    if (grant.scope) response.body.scope = grant.scope;
    const accessToken = response.body.access_token;
    if (typeof accessToken === "string") remember(byAccessToken, accessToken, grant.identity);
    if (typeof code === "string") byCode.delete(code);
  });
  server.service.on(Events.BeforeUserinfo, (response: MutableResponse, req: IncomingMessage) => {
    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const identity = bearer === undefined ? undefined : byAccessToken.get(bearer);
    if (identity) {
      response.body = { ...identity };
    } else {
      response.statusCode = 401;
      response.body = { error: "invalid_token", error_description: "The access token is unknown to this provider." };
    }
  });

  await server.start(options.port ?? 0, host);
  // The package names a loopback issuer `localhost`; keep the address it really listens on.
  const issuer = `http://${host.includes(":") ? `[${host}]` : host}:${server.address().port}`;
  server.issuer.url = issuer;
  return {
    issuer,
    endpoints: () => ({
      authorizationUrl: `${issuer}/authorize`,
      tokenUrl: `${issuer}/token`,
      userInfoUrl: `${issuer}/userinfo`,
    }),
    stop: () => server.stop(),
  };
}

/** What an authorization code was issued for; the default identity for other grants. */
function grantOf(req: TokenRequestIncomingMessage, byCode: Map<string, Grant>): Grant {
  const code = req.body.code;
  return (typeof code === "string" ? byCode.get(code) : undefined) ?? { identity: identityFor(undefined), scope: "" };
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  if (map.size > REMEMBERED) map.delete(map.keys().next().value!);
}
