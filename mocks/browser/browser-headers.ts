// Puts back the request headers a browser adds only after the Service Worker, so the mock sees what
// temetro would: `Cookie` from msw's jar, `Origin` (sent on every POST and cross-origin request) and `User-Agent`.
import { http, type HttpHandler } from "msw";

const API_PATHS = ["*/api/*", "*/health", "*/__dev/*"];
const BODYLESS = new Set(["GET", "HEAD"]);

/**
 * Handlers that run before the operation handlers and answer nothing. A Request made in a page drops
 * a Cookie header, so `headers` is replaced on the very instance the operation's handler receives next.
 */
export function browserHeaders(): HttpHandler[] {
  return API_PATHS.map((path) =>
    http.all(path, ({ request, cookies }) => {
      const headers = new Headers(request.headers);
      // msw's `cookies` holds its jar's raw Set-Cookie values (merged with document.cookie), as a Cookie header carries them.
      const jar = Object.entries(cookies).map(([name, value]) => `${name}=${value}`);
      if (!headers.has("cookie") && jar.length > 0) headers.set("cookie", jar.join("; "));
      const crossOrigin = new URL(request.url).origin !== self.location.origin;
      if (!headers.has("origin") && (crossOrigin || !BODYLESS.has(request.method))) headers.set("origin", self.location.origin);
      if (!headers.has("user-agent")) headers.set("user-agent", navigator.userAgent);
      Object.defineProperty(request, "headers", { value: headers, configurable: true });
    }),
  );
}
