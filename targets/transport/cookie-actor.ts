// An Actor over any send step: its own cookie jar and client IP, and a record of every exchange.
// The network and in-process transports differ only in the `send` they pass in.
import { CookieJar } from "tough-cookie";
import type { ContractDocument } from "#openapi";
import { newClientIp } from "../identities.ts";
import type { Actor, Exchange, RequestOptions, SavedCookies } from "../target.ts";

export type OutgoingRequest = { url: string; method: string; headers: Record<string, string>; body?: string };
export type IncomingResponse = { status: number; headers: Headers; setCookies: string[]; text: string };
/** Delivers one request and reads the whole response; never follows redirects. */
export type Send = (request: OutgoingRequest) => Promise<IncomingResponse>;

export type CookieActorOptions = {
  label: string;
  /** Sent as X-Forwarded-For; a new one of its own when absent. */
  clientIp?: string;
  baseUrl: string;
  frontendOrigin: string;
  send: Send;
  /** The contract whose operations requests are matched to. */
  document: ContractDocument;
  onExchange: (exchange: Exchange) => void;
};

const BODYLESS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A client with a tough-cookie jar that sends `X-Forwarded-For: clientIp` and the trusted Origin by default. */
export function createCookieActor(options: CookieActorOptions, jar = new CookieJar()): Actor {
  const { label, baseUrl, frontendOrigin, send, onExchange } = options;
  const clientIp = options.clientIp ?? newClientIp();
  const urlOf = (path: string) => new URL(path, baseUrl).toString();

  async function request(path: string, requestOptions: RequestOptions = {}): Promise<Exchange> {
    const url = urlOf(path);
    const hasBody = requestOptions.json !== undefined || requestOptions.body !== undefined;
    const method = (requestOptions.method ?? (hasBody ? "POST" : "GET")).toUpperCase();
    const headers: Record<string, string> = { accept: "application/json", "x-forwarded-for": clientIp };
    const origin = requestOptions.origin === undefined ? (BODYLESS.has(method) ? null : frontendOrigin) : requestOptions.origin;
    if (origin !== null) headers.origin = origin;
    const body = requestOptions.json !== undefined ? JSON.stringify(requestOptions.json) : requestOptions.body;
    if (body !== undefined) headers["content-type"] = "application/json";
    const cookie = await jar.getCookieString(url);
    if (cookie !== "") headers.cookie = cookie;
    for (const [name, value] of Object.entries(requestOptions.headers ?? {})) {
      if (value === null) delete headers[name.toLowerCase()];
      else headers[name.toLowerCase()] = value;
    }

    const started = performance.now();
    const response = await send({ url, method, headers, body });
    const durationMs = performance.now() - started;
    for (const setCookie of response.setCookies) await jar.setCookie(setCookie, url, { ignoreError: true });

    const exchange: Exchange = {
      actor: label,
      request: { method, path, headers, body: requestOptions.json ?? requestOptions.body },
      operationId: operationIdOf(options.document, method, path, requestOptions.operationId),
      status: response.status,
      headers: response.headers,
      setCookies: response.setCookies,
      body: parseBody(response.text, response.headers),
      text: response.text,
      durationMs,
    };
    onExchange(exchange);
    return exchange;
  }

  return {
    label,
    clientIp,
    request,
    cookieHeader: (path = "/") => jar.getCookieString(urlOf(path)),
    async forgetCookies(names) {
      if (names === undefined) return jar.removeAllCookies();
      const cookies = await jar.getCookies(baseUrl, { allPaths: true });
      for (const cookie of cookies) {
        if (names.includes(cookie.key)) await jar.store.removeCookie(cookie.domain, cookie.path, cookie.key);
      }
    },
    async copy(copyOptions = {}) {
      const { label: copyLabel = `${label} (copy)`, clientIp: copyIp } = copyOptions;
      return createCookieActor({ ...options, label: copyLabel, clientIp: copyIp }, await jar.clone());
    },
    saveCookies: async () => JSON.stringify(await jar.serialize()),
  };
}

/** A jar holding the cookies an actor saved (Actor.saveCookies); throws when the text is not a saved jar. */
export function savedJar(cookies: SavedCookies): CookieJar {
  try {
    return CookieJar.deserializeSync(cookies);
  } catch (error) {
    throw new Error(`Failed to restore an actor's cookies: ${error instanceof Error ? error.message : String(error)}. Pass the text Actor.saveCookies() returned.`);
  }
}

function operationIdOf(document: ContractDocument, method: string, path: string, named: string | null | undefined): string | null {
  if (named !== undefined) return named;
  const pathname = new URL(path, "http://placeholder").pathname;
  return document.matchOperation(method, pathname)?.operation.operationId ?? null;
}

/** JSON when the response says so (and parses), else the text; null for an empty body. */
function parseBody(text: string, headers: Headers): unknown {
  if (text === "") return null;
  if (!(headers.get("content-type") ?? "").includes("json")) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
