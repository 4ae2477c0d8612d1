// temetro's CORS: credentials allowed for trusted origins; any other origin simply gets no CORS headers.
import type { MockConfig } from "./config.ts";
import type { MockRequest, RequestHeaders } from "./mock-request.ts";
import { isAllowedOrigin } from "./trusted-origins.ts";

/**
 * The response with temetro's CORS headers added for the request's Origin. The headers are set in
 * place: a copy would lose the raw Set-Cookie msw keeps on the response object (see toResponse).
 */
export function withCors(config: MockConfig, request: MockRequest, response: Response): Response {
  const origin = corsOrigin(config, request.headers);
  if (origin === null) return response;
  response.headers.set("access-control-allow-origin", origin);
  response.headers.set("access-control-allow-credentials", "true");
  response.headers.append("vary", "Origin");
  return response;
}

/** The Origin temetro's CORS answers with its headers, or null: none was sent, or one it does not allow. */
export function corsOrigin(config: MockConfig, headers: RequestHeaders): string | null {
  const origin = headers.get("origin");
  return origin !== null && isAllowedOrigin(config, origin) ? origin : null;
}

/** Whether the request carries an Origin temetro's CORS does not allow (no Origin at all is let through). */
export function isDisallowedOrigin(config: MockConfig, request: MockRequest): boolean {
  const origin = request.headers.get("origin");
  return origin !== null && !isAllowedOrigin(config, origin);
}

/** The answer to a CORS preflight from an allowed origin (or none). */
export function preflight(config: MockConfig, request: MockRequest): Response {
  const headers = new Headers({
    "access-control-allow-methods": "GET,HEAD,PUT,PATCH,POST,DELETE",
    "access-control-allow-headers": request.headers.get("access-control-request-headers") ?? "content-type",
    "content-length": "0",
  });
  return withCors(config, request, new Response(null, { status: 204, headers }));
}
