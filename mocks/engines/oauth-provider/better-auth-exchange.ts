// Better Auth's genericOAuth talking to the mock provider inside the same process: `getToken` and
// `getUserInfo` for a provider's config, sending the very requests Better Auth would send over the
// network to the provider's `fetch` instead. The token request is built by Better Auth's own
// `authorizationCodeRequest`, its answer read by its own `getOAuth2Tokens`, and the user info read
// as generic-oauth's URL-based path reads it (better-auth 1.7: the id_token's claims when they hold
// `sub` and `email`, else the userinfo endpoint), so a failed exchange throws where the URL-based
// one throws and ends in the same `?error=invalid_code` redirect.
import type { GenericOAuthConfig } from "better-auth/plugins/generic-oauth";
import { authorizationCodeRequest, getOAuth2Tokens, parseStringBoolean } from "better-auth/oauth2";
import type { OAuth2Tokens } from "better-auth/oauth2";
import type { MockOAuthProvider } from "./glossary.ts";
import { readJwtClaims } from "./id-token.ts";

export type InMemoryExchange = Required<Pick<GenericOAuthConfig, "getToken" | "getUserInfo">>;

type ClientCredentials = { clientId: string; clientSecret: string };

const text = (value: unknown) => (typeof value === "string" ? value : undefined);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The token exchange and user info of `provider`'s config, answered by the mock provider without a network. */
export function inMemoryExchange(oauth: MockOAuthProvider, provider: string, client: ClientCredentials): InMemoryExchange {
  const { tokenUrl, userInfoUrl } = oauth.endpoints(provider);
  return {
    async getToken({ code, redirectURI, codeVerifier }) {
      const { body, headers } = await authorizationCodeRequest({ code, codeVerifier, redirectURI, options: client, tokenEndpoint: tokenUrl });
      const response = await oauth.fetch(new Request(tokenUrl, { method: "POST", body, headers }));
      const answer: unknown = await response.json().catch(() => null);
      if (!response.ok || !isRecord(answer)) throw new Error(`The mock ${provider} provider refused the code: ${response.status} ${JSON.stringify(answer)}`);
      return getOAuth2Tokens(answer);
    },
    async getUserInfo(tokens: OAuth2Tokens) {
      const claims = tokens.idToken === undefined ? null : readJwtClaims(tokens.idToken);
      if (typeof claims?.sub === "string" && typeof claims.email === "string") {
        return { id: claims.sub, emailVerified: parseStringBoolean(claims.email_verified) ?? false, image: text(claims.picture), ...claims, email: claims.email };
      }
      if (tokens.accessToken === undefined) return null;
      const response = await oauth.fetch(new Request(userInfoUrl, { headers: { authorization: `Bearer ${tokens.accessToken}` } }));
      const profile: unknown = await response.json().catch(() => null);
      if (!response.ok || !isRecord(profile)) return null;
      return { ...profile, email: text(profile.email), emailVerified: parseStringBoolean(profile.email_verified) ?? false, image: text(profile.picture), name: text(profile.name) };
    },
  };
}
