// The node:http side of the standalone mock. A request an operation takes goes the direct path
// (MockApi.answer: no fetch Request or Response is built); anything else (fallbacks, preflights)
// goes through MockApi.fetch. Either answer is written with every Set-Cookie as its own header.
import type { RequestListener, ServerResponse } from "node:http";
import { answerOfResponse, type MockAnswer } from "../core/mock-answer.ts";
import type { MockApi } from "../glossary.ts";
import { incomingRequest } from "./incoming-request.ts";

/** Where requests go once the server knows its own address: the mock and the origin requests are built on. */
export type RequestTarget = { api: MockApi; origin: string };

/** Writes an answer to a ServerResponse: status, headers, each Set-Cookie separately, body (none for HEAD). */
export function writeAnswer(res: ServerResponse, answer: MockAnswer, method: string): void {
  for (const name in answer.headers) res.setHeader(name, answer.headers[name] ?? "");
  if (answer.cookies.length > 0) res.setHeader("set-cookie", answer.cookies);
  res.statusCode = answer.status;
  res.end(method === "HEAD" ? undefined : answer.body);
}

/** A request listener that answers every request with the mock, once `target` resolves. */
export function createRequestListener(target: Promise<RequestTarget>, log: (line: string) => void): RequestListener {
  return (req, res) => {
    void (async () => {
      const { api, origin } = await target;
      const request = await incomingRequest(req, origin);
      const answer = (await api.answer(request)) ?? (await answerOfResponse(await api.fetch(request.toFetchRequest())));
      writeAnswer(res, answer, req.method ?? "GET");
    })().catch((error: unknown) => {
      log(`[mock] Failed to answer ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: "Internal server error" }));
    });
  };
}
