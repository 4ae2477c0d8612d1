// What a failing check prints about each exchange: the request line, the relevant headers and
// bodies (passwords masked, long bodies cut), and the response.
import type { Exchange } from "./target.ts";

const REQUEST_HEADERS = ["origin", "referer", "cookie", "x-forwarded-for", "sec-fetch-site", "sec-fetch-mode", "content-type"];
const RESPONSE_HEADER = /^(content-type|location|x-retry-after|retry-after|ratelimit.*|set-cookie)$/;
const BODY_LIMIT = 400;
const HEAD = 3;
const TAIL = 12;
const SECRET_KEYS = new Set(["password", "newPassword", "currentPassword"]);

/** The lines describing one exchange, indented under a `#n` heading. */
export function formatExchange(exchange: Exchange, index: number): string[] {
  const { request } = exchange;
  const lines = [`#${index + 1} ${exchange.actor}: ${request.method} ${request.path} → ${exchange.status} (${Math.round(exchange.durationMs)} ms)`];
  const sentHeaders = REQUEST_HEADERS.filter((name) => request.headers[name] !== undefined)
    .map((name) => `${name}: ${name === "cookie" ? cookieNames(request.headers[name] ?? "") : shorten(request.headers[name] ?? "", 80)}`);
  if (sentHeaders.length > 0) lines.push(`   sent headers: ${sentHeaders.join("; ")}`);
  if (request.body !== undefined) lines.push(`   sent body: ${describeBody(request.body)}`);
  const receivedHeaders = [...exchange.headers].filter(([name]) => RESPONSE_HEADER.test(name) && name !== "set-cookie")
    .map(([name, value]) => `${name}: ${value}`);
  receivedHeaders.push(...exchange.setCookies.map((cookie) => `set-cookie: ${withoutValue(cookie)}`));
  if (receivedHeaders.length > 0) lines.push(`   received headers: ${receivedHeaders.join("; ")}`);
  lines.push(`   received body: ${exchange.text === "" ? "(empty)" : describeBody(exchange.body)}`);
  return lines;
}

/** The lines for a check's exchanges, oldest first; a long run keeps its first 3 and last 12. */
export function formatExchanges(exchanges: readonly Exchange[]): string[] {
  if (exchanges.length === 0) return ["No request was sent."];
  const lines = [`Exchanges (${exchanges.length}), oldest first:`];
  exchanges.forEach((exchange, index) => {
    const shown = index < HEAD || index >= exchanges.length - TAIL;
    if (shown) lines.push(...formatExchange(exchange, index));
    else if (index === HEAD) lines.push(`… ${exchanges.length - HEAD - TAIL} more exchanges …`);
  });
  return lines;
}

function describeBody(body: unknown): string {
  const text = typeof body === "string" ? JSON.stringify(body) : JSON.stringify(body, (key, value: unknown) => (SECRET_KEYS.has(key) ? "***" : value));
  return shorten(text ?? String(body), BODY_LIMIT);
}

/** Cookie values are secrets and long: only their names. */
function cookieNames(header: string): string {
  return header.split(";").map((pair) => `${pair.split("=")[0]?.trim()}=…`).join("; ");
}

/** `name=…; Max-Age=300; Path=/; HttpOnly`: the attributes matter, the value does not. */
function withoutValue(setCookie: string): string {
  const [pair = "", ...attributes] = setCookie.split(";");
  const [name = "", ...value] = pair.split("=");
  return [`${name}=${value.join("=") === "" ? "" : "…"}`, ...attributes.map((attribute) => attribute.trim())].join("; ");
}

function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length} characters)`;
}
