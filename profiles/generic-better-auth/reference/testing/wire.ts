// How the reference's tests talk to it: one browser-like request at a time, redirects left to the
// test, each request from its own client IP so per-IP rate-limit buckets never meet.
import { TEST_FRONTEND } from "./start-test-generic-reference.ts";

let clientCounter = 0;

export type CallInit = { method?: string; body?: unknown; cookie?: string; origin?: string | null };

/** One request with redirects not followed; `origin: null` sends none (a top-level navigation). */
export function call(url: string, init: CallInit = {}): Promise<Response> {
  clientCounter += 1;
  const headers: Record<string, string> = { "x-forwarded-for": `198.51.100.${clientCounter % 250}` };
  const origin = init.origin === undefined ? TEST_FRONTEND : init.origin;
  if (origin !== null) headers.origin = origin;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.cookie) headers.cookie = init.cookie;
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  return fetch(url, { method: init.method ?? (body ? "POST" : "GET"), headers, body, redirect: "manual" });
}

/** The `name=value` pairs of a response's Set-Cookie headers, ready to send back; expired ones left out. */
export function cookieHeader(response: Response): string {
  return response.headers.getSetCookie().filter((cookie) => !/Max-Age=0(;|$)/.test(cookie))
    .map((cookie) => cookie.split(";")[0]).join("; ");
}

/** Set-Cookie lines with their values replaced by `<value>`, for exact comparison. */
export function setCookieShapes(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.replace(/^([^=]+)=[^;]+/, "$1=<value>"));
}

/** A fresh address per test, so tests never share an account. */
export function uniqueEmail(tag: string): string {
  clientCounter += 1;
  return `${tag}.${Date.now().toString(36)}${clientCounter}@example.com`;
}
