// What a failing check prints about each exchange: the request line, the relevant headers and
// bodies (secrets masked, long bodies cut), and the response. Reads the recorded (masked) form.
import type { RecordedExchange } from "./recorded-exchange.ts";

const TEXT_BODY_LIMIT = 400;

/** The lines describing one exchange, indented under a `#n` heading. */
export function formatExchange(exchange: RecordedExchange): string[] {
  const { request, response } = exchange;
  const lines = [`#${exchange.index} ${exchange.actor}: ${request.method} ${request.path} → ${response.status} (${Math.round(exchange.durationMs)} ms)`];
  if (request.headers.length > 0) lines.push(`   sent headers: ${request.headers.map(({ name, value }) => `${name}: ${shorten(value, 80)}`).join("; ")}`);
  if (request.body !== undefined) lines.push(`   sent body: ${shorten(request.body, TEXT_BODY_LIMIT)}`);
  if (response.headers.length > 0) lines.push(`   received headers: ${response.headers.map(({ name, value }) => `${name}: ${value}`).join("; ")}`);
  lines.push(`   received body: ${response.body === null ? "(empty)" : shorten(response.body, TEXT_BODY_LIMIT)}`);
  return lines;
}

/** The lines for a check's recorded exchanges, oldest first, saying where some were left out. */
export function formatExchanges(exchanges: readonly RecordedExchange[]): string[] {
  const last = exchanges.at(-1);
  if (last === undefined) return ["No request was sent."];
  const lines = [`Exchanges (${last.index}), oldest first:`];
  let previous = 0;
  for (const exchange of exchanges) {
    if (exchange.index > previous + 1) lines.push(`… ${exchange.index - previous - 1} more exchanges …`);
    lines.push(...formatExchange(exchange));
    previous = exchange.index;
  }
  return lines;
}

function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length} characters)`;
}
