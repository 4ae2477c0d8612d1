// How the provider answers: an error page where it must not redirect, a redirect back to the client
// with the result in the query, and the token endpoint's JSON (RFC 6749 §4.1.2, §5.1, §5.2).

/** A plain-text 4xx for a request the provider cannot send back (unknown client, unregistered redirect_uri). */
export function errorPage(status: number, error: string, description: string): Response {
  return new Response(`${error}: ${description}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** A 302 to the client's redirect_uri with `params` added to its query (state included when given). */
export function redirectBack(redirectUri: string, params: Record<string, string | undefined>): Response {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return new Response(null, { status: 302, headers: { location: url.toString(), "cache-control": "no-store" } });
}

/** A JSON answer of the token or userinfo endpoint; never cached (RFC 6749 §5.1). */
export function jsonAnswer(status: number, body: object, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store", pragma: "no-cache", ...headers } });
}

/** A token endpoint error: `{error, error_description}`; invalid_client is a 401 (RFC 6749 §5.2). */
export function tokenError(error: string, description: string): Response {
  const status = error === "invalid_client" ? 401 : 400;
  return jsonAnswer(status, { error, error_description: description }, status === 401 ? { "www-authenticate": 'Basic realm="oauth"' } : {});
}
