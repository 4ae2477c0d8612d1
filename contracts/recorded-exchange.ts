// An exchange as the reports keep it: plain JSON (it crosses from the vitest worker to the
// reporters), secrets masked, long bodies cut, and only the headers that explain an answer.
import { z } from "zod";
import { maskHeader, maskJson, maskText } from "./mask-secrets.ts";
import type { Exchange } from "#targets/target";

const REQUEST_HEADERS = ["origin", "referer", "cookie", "authorization", "x-forwarded-for", "sec-fetch-site", "sec-fetch-mode", "content-type"];
const RESPONSE_HEADER = /^(content-type|location|x-retry-after|retry-after|ratelimit.*|access-control-allow-.*)$/;
const BODY_LIMIT = 2_000;
/** How many exchanges of a long check are kept: the first few (the setup) and the last ones (the failure). */
const HEAD = 3;
const TAIL = 12;

const headerSchema = z.object({ name: z.string(), value: z.string() });

export const recordedExchangeSchema = z.object({
  index: z.number().int().positive().describe("The exchange's position among the check's exchanges, from 1; a gap means exchanges were left out."),
  actor: z.string().describe("The label of the actor (cookie jar and client IP) that sent it."),
  operationId: z.string().nullable().describe("The spec operation the response was checked against, or null."),
  request: z.object({
    method: z.string(),
    path: z.string().describe("Path and query, tokens masked."),
    headers: z.array(headerSchema).describe("The headers that matter for the contract; cookie values masked."),
    body: z.string().optional().describe("The JSON (or text) sent, secrets masked, cut (after 2,000 characters; 300 in a grid cell)."),
  }),
  response: z.object({
    status: z.number().int(),
    headers: z.array(headerSchema).describe("Content type, location, rate-limit and CORS headers, and every Set-Cookie with its value masked."),
    body: z.string().nullable().describe("The JSON (or text) received, secrets masked, cut (after 2,000 characters; 300 in a grid cell); null when empty."),
  }),
  durationMs: z.number().nonnegative(),
});

export type RecordedExchange = z.infer<typeof recordedExchangeSchema>;

/** One exchange as the reports keep it; `index` is its position in the check, from 1. */
export function recordExchange(exchange: Exchange, index: number, bodyLimit = BODY_LIMIT): RecordedExchange {
  const { request } = exchange;
  const sent = REQUEST_HEADERS.flatMap((name) => {
    const value = request.headers[name];
    return value === undefined ? [] : [{ name, value: maskHeader(name, value) }];
  });
  const received = [...exchange.headers].filter(([name]) => RESPONSE_HEADER.test(name)).map(([name, value]) => ({ name, value: maskHeader(name, value) }));
  received.push(...exchange.setCookies.map((value) => ({ name: "set-cookie", value: maskHeader("set-cookie", value) })));
  return {
    index,
    actor: exchange.actor,
    operationId: exchange.operationId,
    request: { method: request.method, path: maskText(request.path), headers: sent, ...(request.body === undefined ? {} : { body: bodyText(request.body, bodyLimit) }) },
    response: { status: exchange.status, headers: received, body: exchange.text === "" ? null : bodyText(exchange.body, bodyLimit) },
    durationMs: Math.round(exchange.durationMs * 10) / 10,
  };
}

/**
 * The exchanges of a check as kept: all of a short run, the first 3 and last 12 of a long one.
 * `firstIndex` numbers them where they sit in the check; `bodyLimit` cuts bodies (2,000 characters).
 */
export function recordExchanges(exchanges: readonly Exchange[], options: { firstIndex?: number; bodyLimit?: number } = {}): RecordedExchange[] {
  const { firstIndex = 1, bodyLimit = BODY_LIMIT } = options;
  return exchanges.flatMap((exchange, position) => {
    const kept = position < HEAD || position >= exchanges.length - TAIL;
    return kept ? [recordExchange(exchange, firstIndex + position, bodyLimit)] : [];
  });
}

function bodyText(body: unknown, limit: number): string {
  const text = typeof body === "string" ? maskText(body) : JSON.stringify(maskJson(body)) ?? String(body);
  return text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length} characters)`;
}
