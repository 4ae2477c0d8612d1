// CORS with credentials for the app's trusted origins, as the `cors` package answers with an origin
// callback (what Express apps put in front of Better Auth): an allowed Origin is reflected with
// credentials, a preflight gets 204 with the requested headers; any other Origin gets no CORS
// headers and goes on to the routes, which is how a browser ends up refusing it.

/** The origins allowed, as a list or as the app's own rule (LAN hosts, wildcards…). */
export type CorsPolicy = { origins: readonly string[] | ((origin: string) => boolean) };

const PREFLIGHT_METHODS = "GET,HEAD,PUT,PATCH,POST,DELETE";

/** Whether `request` may read answers under `policy`: it sends no Origin, or a listed one. */
function allowedOrigin(policy: CorsPolicy, request: Request): string | null | undefined {
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const allowed = typeof policy.origins === "function" ? policy.origins(origin) : policy.origins.includes(origin);
  return allowed ? origin : undefined;
}

/** The preflight answer, or undefined when the request is not a preflight the policy answers. */
export function answerPreflight(policy: CorsPolicy, request: Request): Response | undefined {
  const origin = allowedOrigin(policy, request);
  if (request.method !== "OPTIONS" || origin === undefined) return undefined;
  const headers = new Headers({ "access-control-allow-methods": PREFLIGHT_METHODS, "access-control-allow-credentials": "true", "content-length": "0", vary: "Origin, Access-Control-Request-Headers" });
  if (origin !== null) headers.set("access-control-allow-origin", origin);
  const requested = request.headers.get("access-control-request-headers");
  if (requested !== null) headers.set("access-control-allow-headers", requested);
  return new Response(null, { status: 204, headers });
}

/** The answer with the policy's CORS headers for the request's Origin (a copy: some answers' headers are immutable). */
export function withCors(policy: CorsPolicy, request: Request, response: Response): Response {
  const origin = allowedOrigin(policy, request);
  if (origin === undefined) return response;
  const headers = new Headers(response.headers);
  if (origin !== null) headers.set("access-control-allow-origin", origin);
  headers.set("access-control-allow-credentials", "true");
  headers.append("vary", "Origin");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
