// The send step without a network: the request goes straight to the mock, as plain data. A mock
// with a direct path (MockApi.answer) answers an operation's request there, without a fetch Request
// or Response, and the rest (preflights, fallbacks) through msw; a mock with only `fetch` (the
// generic-better-auth profile's) answers every request through it.
import { answerPlainRequest, fetchPlainRequest } from "#mocks/answer-plain-request";
import type { MockApi } from "#mocks/glossary";
import type { Send } from "./cookie-actor.ts";

type InProcessMock = Pick<MockApi, "fetch"> & Partial<Pick<MockApi, "answer">>;

function hasDirectPath(api: InProcessMock): api is Pick<MockApi, "answer" | "fetch"> {
  return api.answer !== undefined;
}

/** Hands each request to the mock in this process (msw's setupServer does not reliably intercept undici). */
export function inProcessSend(api: InProcessMock): Send {
  if (hasDirectPath(api)) return (request) => answerPlainRequest(api, request);
  return (request) => fetchPlainRequest(api, request);
}
