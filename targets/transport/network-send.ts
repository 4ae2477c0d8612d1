// The send step over a real network: undici's request, which never follows redirects and sends
// exactly the headers it is given (fetch would add Sec-Fetch-Mode and refuse some names).
import { request } from "undici";
import type { Dispatcher } from "undici";
import type { Send } from "./cookie-actor.ts";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]);

function isHttpMethod(method: string): method is Dispatcher.HttpMethod {
  return METHODS.has(method);
}

/** Sends over HTTP(S) with undici and reads the whole body. */
export const sendOverNetwork: Send = async ({ url, method, headers, body }) => {
  if (!isHttpMethod(method)) throw new Error(`Failed to send ${method} ${url}: unsupported method. Use one of ${[...METHODS].join(", ")}.`);
  const response = await request(url, { method, headers, body });
  const text = await response.body.text();
  const responseHeaders = new Headers();
  const setCookies: string[] = [];
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (name === "set-cookie") setCookies.push(item);
      responseHeaders.append(name, item);
    }
  }
  return { status: response.statusCode, headers: responseHeaders, setCookies, text };
};
