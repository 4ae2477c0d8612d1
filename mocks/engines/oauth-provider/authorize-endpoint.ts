// GET <provider>/authorize: the authorization endpoint of the code flow (RFC 6749 §4.1.1, PKCE RFC
// 7636 §4.3). There is no login page: the person signing in is the address in `login_hint`, or the
// provider's default user, and consent is given at once; `deny=1` answers as a user who refused.
// A request with an unknown client or an unregistered redirect_uri gets an error page, never a
// redirect (§4.1.2.1); every other failure goes back to the client as `?error=` with the state.
import type { ProviderContext } from "./glossary.ts";
import { defaultEmail, identityOf, isEmail } from "./identity.ts";
import { errorPage, redirectBack } from "./oauth-responses.ts";
import { randomToken } from "./web-crypto.ts";

/** Answers one authorization request of `provider`. */
export async function authorize(context: ProviderContext, provider: string, url: URL): Promise<Response> {
  const query = (name: string) => url.searchParams.get(name) ?? undefined;
  const client = context.clients[provider];
  const clientId = query("client_id");
  if (client === undefined || clientId !== client.clientId) {
    return errorPage(400, "invalid_client", `no client "${clientId ?? ""}" is registered at the mock ${provider} provider. Use the client_id the app was configured with.`);
  }
  const redirectUri = query("redirect_uri");
  if (redirectUri === undefined || !client.redirectUris.includes(redirectUri)) {
    return errorPage(400, "invalid_request", `redirect_uri "${redirectUri ?? ""}" is not registered for ${clientId}; registered: ${client.redirectUris.join(", ")}.`);
  }
  const state = query("state");
  const fail = (error: string, description: string) => redirectBack(redirectUri, { error, error_description: description, state });

  if (query("response_type") !== "code") return fail("unsupported_response_type", "the mock provider serves the authorization code flow only (response_type=code)");
  const challenge = query("code_challenge");
  if (challenge !== undefined && query("code_challenge_method") !== "S256") return fail("invalid_request", "code_challenge_method must be S256");
  if (query("deny") === "1") return fail("access_denied", "the user denied the request");
  const hint = query("login_hint");
  if (hint !== undefined && !isEmail(hint)) return fail("invalid_request", "login_hint must be an email address");

  forgetExpired(context);
  const code = randomToken();
  context.codes.set(code, {
    provider,
    clientId,
    redirectUri,
    identity: await identityOf(provider, hint ?? defaultEmail(provider)),
    scope: query("scope") ?? "",
    nonce: query("nonce"),
    codeChallenge: challenge,
    expiresAt: context.now() + context.codeLifetimeMs,
    used: false,
    accessTokens: [],
  });
  return redirectBack(redirectUri, { code, state });
}

/** Drops codes and tokens past their expiry, so a long-running mock does not grow without bound. */
function forgetExpired(context: ProviderContext): void {
  const now = context.now();
  for (const [code, grant] of context.codes) if (grant.expiresAt <= now) context.codes.delete(code);
  for (const [token, grant] of context.tokens) if (grant.expiresAt <= now) context.tokens.delete(token);
}
