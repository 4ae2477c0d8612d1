// Request headers read as a fetch Headers reads them, without building one: the direct paths'
// requests (the standalone server's IncomingMessage, an in-process client's plain request).
import type { RequestHeaders } from "./mock-request.ts";

/** HTTP whitespace, which a fetch Headers strips from both ends of a value. */
const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/**
 * Lower-case name → value trimmed, several values of one name joined by ", " (as a fetch Headers
 * lists them), from a flat list of names and values (node's rawHeaders).
 */
export function joinRawHeaders(raw: readonly string[]): Map<string, string> {
  const headers = new Map<string, string>();
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = (raw[index] ?? "").toLowerCase();
    const value = (raw[index + 1] ?? "").replace(EDGE_WHITESPACE, "");
    const earlier = headers.get(name);
    headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
  }
  return headers;
}

/** A case-insensitive `get`/`has` over joined headers. */
export function headerLookup(headers: ReadonlyMap<string, string>): RequestHeaders {
  return { get: (name) => headers.get(name.toLowerCase()) ?? null, has: (name) => headers.has(name.toLowerCase()) };
}
