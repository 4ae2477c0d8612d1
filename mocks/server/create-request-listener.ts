// The node:http side of the standalone mock: each IncomingMessage becomes a WHATWG Request for
// MockApi.fetch, and the Response is written back with every Set-Cookie as its own header.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { fetchableMethod } from "../core/fetch-method.ts";
import type { MockApi } from "../glossary.ts";

/** Where requests go once the server knows its own address: the mock and the origin requests are built on. */
export type RequestTarget = { api: MockApi; origin: string };

const BODYLESS = new Set(["GET", "HEAD"]);

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (BODYLESS.has(req.method ?? "GET")) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return chunks.length === 0 ? undefined : new Uint8Array(Buffer.concat(chunks));
}

/** The Request of an incoming message on `origin`, with temetro's X-Forwarded-For backfill from the socket. */
export async function toFetchRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (let index = 0; index + 1 < req.rawHeaders.length; index += 2) headers.append(req.rawHeaders[index] ?? "", req.rawHeaders[index + 1] ?? "");
  // temetro (index.ts): `if (!req.headers["x-forwarded-for"]) req.headers["x-forwarded-for"] = req.socket.remoteAddress`.
  if (!headers.get("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);
  const path = req.url?.startsWith("/") ? req.url : "/";
  // TRACE cannot be a fetch Request: it reaches the mock under a stand-in name (D36).
  return new Request(`${origin}${path}`, { method: fetchableMethod(req.method ?? "GET"), headers, body: await readBody(req) });
}

/** Writes a Response to a ServerResponse: status, headers, each Set-Cookie separately, body. */
export async function writeResponse(res: ServerResponse, response: Response, method: string): Promise<void> {
  for (const [name, value] of response.headers) {
    if (name !== "set-cookie") res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  const body = response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
  res.end(method === "HEAD" ? undefined : body);
}

/** A request listener that answers every request with the mock, once `target` resolves. */
export function createRequestListener(target: Promise<RequestTarget>, log: (line: string) => void): RequestListener {
  return (req, res) => {
    void (async () => {
      const { api, origin } = await target;
      const response = await api.fetch(await toFetchRequest(req, origin));
      await writeResponse(res, response, req.method ?? "GET");
    })().catch((error: unknown) => {
      log(`[mock] Failed to answer ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: "Internal server error" }));
    });
  };
}
