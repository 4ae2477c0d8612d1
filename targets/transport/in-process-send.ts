// The send step without a network: the request goes straight to the mock, as plain data. An
// operation's request takes the mock's direct path (no fetch Request or Response is built); the
// rest (preflights, fallbacks) msw's path, as answerPlainRequest decides.
import { answerPlainRequest } from "#mocks/answer-plain-request";
import type { MockApi } from "#mocks/glossary";
import type { Send } from "./cookie-actor.ts";

/** Hands each request to the mock in this process (msw's setupServer does not reliably intercept undici). */
export function inProcessSend(api: Pick<MockApi, "answer" | "fetch">): Send {
  return (request) => answerPlainRequest(api, request);
}
