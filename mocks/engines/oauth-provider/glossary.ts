// The public types of the mock OAuth 2.0 / OpenID Connect provider, and the grants it keeps.
import type { Identity } from "./identity.ts";

/** One client registered at one provider: its credentials and where it may be redirected back to. */
export type OAuthClientRegistration = { clientId: string; clientSecret: string; redirectUris: readonly string[] };

export type MockOAuthProviderOptions = {
  /** Where the provider's routes live, e.g. `http://localhost:4000/__oauth`: each provider at `<baseUrl>/<id>/…`. */
  baseUrl: string;
  /** The providers it plays (google, github, …), each with the one client the app registered there. */
  clients: Readonly<Record<string, OAuthClientRegistration>>;
  /** How long a code may wait for its exchange; default 60 s (RFC 6749 §4.1.2 asks for at most 10 minutes). */
  codeLifetimeSeconds?: number;
  /** How long an access token and an id_token are good for; default 3600 s. */
  tokenLifetimeSeconds?: number;
  /** The provider's clock in epoch milliseconds; default Date.now. */
  now?: () => number;
};

/** The URLs of one provider, as an app's OAuth configuration names them. */
export type OAuthProviderEndpoints = { authorizationUrl: string; tokenUrl: string; userInfoUrl: string };

export type MockOAuthProvider = {
  /** Whether the request is for one of the provider's routes (under its baseUrl). */
  handles(request: Request): boolean;
  /** Answers `GET <id>/authorize`, `POST <id>/token`, `GET|POST <id>/userinfo`. */
  fetch(request: Request): Promise<Response>;
  endpoints(provider: string): OAuthProviderEndpoints;
  /** Forgets every code and token. */
  reset(): void;
};

/** An authorization code waiting for its exchange (single use). */
export type CodeGrant = {
  provider: string;
  clientId: string;
  redirectUri: string;
  identity: Identity;
  scope: string;
  nonce: string | undefined;
  codeChallenge: string | undefined;
  expiresAt: number;
  used: boolean;
  /** Access tokens issued for this code: revoked when the code is replayed (RFC 6749 §4.1.2). */
  accessTokens: string[];
};

/** What an access token stands for at the userinfo endpoint. */
export type AccessGrant = { provider: string; identity: Identity; scope: string; expiresAt: number };

/** The provider's configuration with defaults applied, and its grants. */
export type ProviderContext = {
  baseUrl: string;
  clients: Readonly<Record<string, OAuthClientRegistration>>;
  codeLifetimeMs: number;
  tokenLifetimeMs: number;
  now: () => number;
  codes: Map<string, CodeGrant>;
  tokens: Map<string, AccessGrant>;
};
