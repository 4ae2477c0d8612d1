// An answer as a server writes it (status, headers, each Set-Cookie, body), without a fetch Response
// in between: the standalone server's direct path. The same bytes as toResponse + withCors give.
import type { MockConfig } from "./config.ts";
import { corsOrigin } from "./cors.ts";
import type { MockAnswer, MockRequest } from "./mock-request.ts";
import type { Reply } from "./reply.ts";

export type { MockAnswer };

/** A Reply with temetro's CORS headers for the request: what toResponse and withCors make of it. */
export function answerOfReply(config: MockConfig, request: MockRequest, reply: Reply): MockAnswer {
  const headers = new Map<string, string>();
  for (const name in reply.headers) headers.set(name.toLowerCase(), reply.headers[name] ?? "");
  let body: string | Uint8Array | undefined;
  if (reply.bytes !== undefined) body = reply.bytes;
  else if (reply.body !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(reply.body);
  }
  const origin = corsOrigin(config, request.headers);
  if (origin !== null) {
    headers.set("access-control-allow-origin", origin);
    headers.set("access-control-allow-credentials", "true");
    const vary = headers.get("vary");
    headers.set("vary", vary === undefined ? "Origin" : `${vary}, Origin`);
  }
  const sorted: Record<string, string> = {};
  for (const name of [...headers.keys()].sort()) sorted[name] = headers.get(name) ?? "";
  return { status: reply.status, headers: sorted, cookies: reply.cookies ?? [], body };
}

/** A fetch Response as an answer (the msw path's answers: fallbacks, preflights). */
export async function answerOfResponse(response: Response): Promise<MockAnswer> {
  const headers: Record<string, string> = {};
  for (const [name, value] of response.headers) if (name !== "set-cookie") headers[name] = value;
  const body = response.body === null ? undefined : new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers, cookies: response.headers.getSetCookie(), body };
}
