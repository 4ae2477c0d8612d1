// The mock OAuth 2.0 / OpenID Connect provider: what the profiles' mocks import.
export { createMockOAuthProvider } from "./create-mock-oauth-provider.ts";
export { inMemoryExchange } from "./better-auth-exchange.ts";
export type { InMemoryExchange } from "./better-auth-exchange.ts";
export type { MockOAuthProvider, MockOAuthProviderOptions, OAuthClientRegistration, OAuthProviderEndpoints } from "./glossary.ts";
export { defaultEmail } from "./identity.ts";
