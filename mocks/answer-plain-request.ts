// One request answered in-process, as plain data: the direct path (MockApi.answer) for operations,
// msw's path (MockApi.fetch) for the rest. For a test client without a network (an in-process target).
import { fetchableMethod } from "./core/fetch-method.ts";
import type { MockApi } from "./glossary.ts";

export type PlainRequest = { url: string; method: string; headers: Record<string, string>; body?: string };
export type PlainResponse = { status: number; headers: Headers; setCookies: string[]; text: string };

const decoder = new TextDecoder();

/** The mock's whole answer to a request; redirects are answered, not followed. */
export async function answerPlainRequest(api: Pick<MockApi, "answer" | "fetch">, request: PlainRequest): Promise<PlainResponse> {
  const method = fetchableMethod(request.method);
  const headers = new Headers(request.headers);
  const direct = await api.answer({ method, url: request.url, headers, text: async () => request.body ?? "" });
  if (direct === undefined) {
    const response = await api.fetch(new Request(request.url, { method, headers, body: request.body, redirect: "manual" }));
    return { status: response.status, headers: response.headers, setCookies: response.headers.getSetCookie(), text: await response.text() };
  }
  const answered = new Headers(direct.headers);
  for (const cookie of direct.cookies) answered.append("set-cookie", cookie);
  const text = direct.body === undefined ? "" : typeof direct.body === "string" ? direct.body : decoder.decode(direct.body);
  return { status: direct.status, headers: answered, setCookies: direct.cookies, text };
}
