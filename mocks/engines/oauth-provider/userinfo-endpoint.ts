// GET or POST <provider>/userinfo: the signed-in person's claims for a Bearer access token (OpenID
// Connect Core §5.3); a missing, unknown or expired token is a 401 with WWW-Authenticate (RFC 6750 §3).
import type { ProviderContext } from "./glossary.ts";
import { jsonAnswer } from "./oauth-responses.ts";

/** Answers one userinfo request of `provider`. */
export function userInfo(context: ProviderContext, provider: string, request: Request): Response {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  const grant = token === undefined ? undefined : context.tokens.get(token);
  if (grant === undefined || grant.provider !== provider || grant.expiresAt <= context.now()) {
    const error = token === undefined ? 'Bearer realm="oauth"' : 'Bearer realm="oauth", error="invalid_token"';
    return jsonAnswer(401, { error: token === undefined ? "invalid_request" : "invalid_token" }, { "www-authenticate": error });
  }
  return jsonAnswer(200, grant.identity);
}
