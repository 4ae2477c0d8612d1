// The send step without a network: the request goes straight to the mock's handlers.
import { fetchableMethod } from "#mocks/core/fetch-method";
import type { MockApi } from "#mocks/glossary";
import type { Send } from "./cookie-actor.ts";

/** Hands each request to `MockApi.fetch` (msw's setupServer does not reliably intercept undici). */
export function inProcessSend(api: Pick<MockApi, "fetch">): Send {
  return async ({ url, method, headers, body }) => {
    const response = await api.fetch(new Request(url, { method: fetchableMethod(method), headers, body, redirect: "manual" }));
    const text = await response.text();
    return { status: response.status, headers: response.headers, setCookies: response.headers.getSetCookie(), text };
  };
}
