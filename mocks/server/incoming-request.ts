// An IncomingMessage as the mock reads it (MockRequest), without a WHATWG Request: headers from the
// raw list, the body read whole first (as before: a client that aborts mid-body fails here, not in
// a handler). A fetch Request is built only for the msw path.
import type { IncomingMessage } from "node:http";
import { fetchableMethod } from "../core/fetch-method.ts";
import { headerLookup, joinRawHeaders } from "../core/header-lookup.ts";
import type { MockRequest } from "../core/mock-request.ts";

export type IncomingRequest = MockRequest & {
  /** The same request as a fetch Request, for MockApi.fetch. */
  toFetchRequest(): Request;
};

const BODYLESS = new Set(["GET", "HEAD"]);
const decoder = new TextDecoder();

/** Lower-case name → value, several values of one name joined by ", " (as a fetch Headers lists them). */
function headerMap(req: IncomingMessage): Map<string, string> {
  const headers = joinRawHeaders(req.rawHeaders);
  // temetro (index.ts): `if (!req.headers["x-forwarded-for"]) req.headers["x-forwarded-for"] = req.socket.remoteAddress`.
  if (!headers.get("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);
  return headers;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (BODYLESS.has(req.method ?? "GET")) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return chunks.length === 0 ? undefined : new Uint8Array(Buffer.concat(chunks));
}

/** The request of an incoming message on `origin`, with temetro's X-Forwarded-For backfill from the socket. */
export async function incomingRequest(req: IncomingMessage, origin: string): Promise<IncomingRequest> {
  const headers = headerMap(req);
  const body = await readBody(req);
  // TRACE cannot be a fetch Request: it reaches the mock under a stand-in name (D36).
  const method = fetchableMethod(req.method ?? "GET");
  const url = `${origin}${req.url?.startsWith("/") ? req.url : "/"}`;
  return {
    method,
    url,
    headers: headerLookup(headers),
    // As Request.text(): UTF-8 with a leading BOM dropped.
    text: async () => (body === undefined ? "" : decoder.decode(body)),
    toFetchRequest: () => new Request(url, { method, headers: [...headers], body }),
  };
}
