// A client for the engines' unit tests that keeps cookies and sends an Origin like a browser tab of
// the frontend, against any fetch handler; it never follows a redirect by itself, so a test can
// look at every hop of an OAuth chain.
export type BrowserLikeClient = {
  /** Sends a request (a path on the app's origin, or a full URL) with the jar's cookies; stores the Set-Cookies. */
  send(pathOrUrl: string, init?: RequestInit): Promise<Response>;
  /** POSTs JSON. */
  post(path: string, body: unknown): Promise<Response>;
  /** GETs the redirect target of `response` (throws when it is not a redirect). */
  follow(response: Response): Promise<Response>;
  /** The cookies held, by name. */
  cookies: Map<string, string>;
};

export type ClientOptions = { appOrigin?: string; frontendOrigin?: string; clientIp?: string };

/** A client of `fetch` with an empty jar. */
export function browserLikeClient(fetch: (request: Request) => Promise<Response>, options: ClientOptions = {}): BrowserLikeClient {
  const appOrigin = options.appOrigin ?? "http://localhost:4000";
  const cookies = new Map<string, string>();
  const clientIp = options.clientIp ?? `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const send = async (pathOrUrl: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has("origin")) headers.set("origin", options.frontendOrigin ?? "http://localhost:3000");
    headers.set("x-forwarded-for", clientIp);
    if (cookies.size > 0) headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(new Request(new URL(pathOrUrl, appOrigin), { ...init, headers, redirect: "manual" }));
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = cookie.split(";");
      const split = pair.indexOf("=");
      const name = pair.slice(0, split).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired) cookies.delete(name);
      else cookies.set(name, pair.slice(split + 1).trim());
    }
    return response;
  };
  return {
    send,
    post: (path, body) => send(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    async follow(response) {
      const location = response.headers.get("location");
      if (response.status < 300 || response.status > 399 || location === null) throw new Error(`Failed to follow: the answer is ${response.status} without a Location.`);
      return send(location);
    },
    cookies,
  };
}
