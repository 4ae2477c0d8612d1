// The mock of the generic Better Auth app (seed 004): the real better-auth in memory, configured by
// the profile's one options object (../config/auth-options.ts), playing the OAuth providers too.
// A browser that clicks "Sign in with Google" is sent to the mock's own provider at
// <baseURL>/__oauth/google/authorize, comes back to /api/auth/callback/google and lands signed in;
// inside the mock, Better Auth exchanges the code with that provider without a network.
import { createBetterAuthEngine } from "#mocks/engines/better-auth/index";
import type { SentMail } from "#mocks/engines/better-auth/index";
import { createMockOAuthProvider, inMemoryExchange } from "#mocks/engines/oauth-provider/index";
import type { MockOAuthProvider } from "#mocks/engines/oauth-provider/index";
import { createGenericAuthOptions, OAUTH_PROVIDERS, oauthClient } from "../config/auth-options.ts";
import type { ProfileMail } from "../config/auth-options.ts";

export type GenericBetterAuthMockOptions = {
  /** Where the mock says it lives (Better Auth's baseURL); default http://localhost:4000. */
  baseURL?: string;
  /** The frontend's origin: trusted by Better Auth and allowed by CORS; default http://localhost:3000. */
  frontendOrigin?: string;
  /** Better Auth's secret; default a fixed development value, so cookies survive a restart. */
  secret?: string;
  /** One line per email sent and per failed answer; default console.log. */
  log?: (line: string) => void;
};

export type GenericBetterAuthMock = {
  /** Answers one request: /api/auth/*, the providers at /__oauth/<provider>/*, /health and /__dev/*. */
  fetch(request: Request): Promise<Response>;
  /** The emails sent (verification, password reset), oldest first. */
  outbox: { list(to?: string): SentMail<ProfileMail>[]; clear(): void };
  /** Empties the users, sessions, accounts, the outbox, the rate-limit memory and the provider's codes and tokens. */
  reset(): Promise<void>;
  /** The mock's OAuth provider (its endpoints, for a test that drives it directly). */
  oauth: MockOAuthProvider;
};

/** A development secret: fixed, so a restarted mock still reads the cookies it set; never for production. */
const DEV_SECRET = "generic-better-auth-mock-7c2d9e41b8a04f6f93e1d5a2c8b7f0e6";

/** Creates the mock; every request is answered in this process. */
export function createGenericBetterAuthMock(options: GenericBetterAuthMockOptions = {}): GenericBetterAuthMock {
  const baseURL = (options.baseURL ?? "http://localhost:4000").replace(/\/$/, "");
  const frontendOrigin = options.frontendOrigin ?? "http://localhost:3000";
  const oauth = createMockOAuthProvider({
    baseUrl: `${baseURL}/__oauth`,
    clients: Object.fromEntries(OAUTH_PROVIDERS.map((provider) => [provider, { ...oauthClient(provider), redirectUris: [`${baseURL}/api/auth/callback/${provider}`] }])),
  });
  const engine = createBetterAuthEngine<ProfileMail>({
    cors: { origins: [frontendOrigin] },
    extensions: [oauth],
    ...(options.log === undefined ? {} : { log: options.log }),
    options: ({ database, password, sendMail }) =>
      createGenericAuthOptions({
        baseURL,
        secret: options.secret ?? DEV_SECRET,
        database,
        trustedOrigins: [frontendOrigin],
        sendMail,
        password,
        oauthEndpoints: (provider) => oauth.endpoints(provider),
        oauthExchange: (provider) => inMemoryExchange(oauth, provider, oauthClient(provider)),
      }),
  });
  return { fetch: engine.fetch, outbox: engine.outbox, reset: engine.reset, oauth };
}
