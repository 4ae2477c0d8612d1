// What the pipeline and the handlers read of a request. A WHATWG Request has all of it; the
// standalone server hands the mock a lighter object over node's IncomingMessage instead.

/** Header lookup by name, case-insensitive, as `Headers` answers it (several values joined by ", "). */
export type RequestHeaders = Pick<Headers, "get" | "has">;

/** A request as the mock reads it: method, absolute URL, headers and the body as text (read once). */
export type MockRequest = {
  readonly method: string;
  readonly url: string;
  readonly headers: RequestHeaders;
  text(): Promise<string>;
};

/** An answer as a server writes it (mock-answer.ts builds it from a Reply or a Response). */
export type MockAnswer = {
  status: number;
  /** Lower-case names in the order a fetch Headers lists them (sorted); Set-Cookie is kept apart. */
  headers: Record<string, string>;
  /** Set-Cookie header values, in order. */
  cookies: string[];
  /** JSON text, raw bytes, or undefined for no body. */
  body: string | Uint8Array | undefined;
};
