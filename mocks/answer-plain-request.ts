// One request answered in-process, as plain data: the direct path (MockApi.answer) for operations,
// msw's path (MockApi.fetch) for the rest. For a test client without a network (an in-process target).
import { fetchableMethod } from "./core/fetch-method.ts";
import type { MockApi } from "./glossary.ts";
import { headerLookup, joinRawHeaders } from "./core/header-lookup.ts";

export type PlainRequest = { url: string; method: string; headers: Record<string, string>; body?: string };
export type PlainResponse = { status: number; headers: Headers; setCookies: string[]; text: string };

const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** What a UTF-8 round trip can change: a surrogate (a lone one becomes U+FFFD) or a leading byte-order mark (dropped). */
const SURROGATE_OR_BOM = /^\uFEFF|[\uD800-\uDFFF]/;
/** The body as the mock would read it off the wire (Request.text()): sent as UTF-8, a lone surrogate becomes U+FFFD, a leading BOM is dropped. */
function bodyText(body: string | undefined): string {
  if (body === undefined) return "";
  return SURROGATE_OR_BOM.test(body) ? decoder.decode(encoder.encode(body)) : body;
}

/** The answer of a mock's fetch (msw's path): the request as a fetch Request, the Response read whole. */
export async function fetchPlainRequest(api: Pick<MockApi, "fetch">, request: PlainRequest): Promise<PlainResponse> {
  const method = fetchableMethod(request.method);
  const response = await api.fetch(new Request(request.url, { method, headers: request.headers, body: request.body, redirect: "manual" }));
  return { status: response.status, headers: response.headers, setCookies: response.headers.getSetCookie(), text: await response.text() };
}

/** The mock's whole answer to a request; redirects are answered, not followed. */
export async function answerPlainRequest(api: Pick<MockApi, "answer" | "fetch">, request: PlainRequest): Promise<PlainResponse> {
  const method = fetchableMethod(request.method);
  const direct = await api.answer({ method, url: request.url, headers: headerLookup(joinRawHeaders(Object.entries(request.headers).flat())), text: async () => bodyText(request.body) });
  if (direct === undefined) return fetchPlainRequest(api, request);
  const answered = new Headers(direct.headers);
  for (const cookie of direct.cookies) answered.append("set-cookie", cookie);
  const text = direct.body === undefined ? "" : typeof direct.body === "string" ? direct.body : decoder.decode(direct.body);
  return { status: direct.status, headers: answered, setCookies: direct.cookies, text };
}
