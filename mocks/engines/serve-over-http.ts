// A fetch handler (an engine, a profile's mock) served on a node:http port, through better-call's
// own Node adapter, the one Better Auth's `toNodeHandler` uses. Without an X-Forwarded-For the
// socket's address becomes the client IP, as Express apps in front of Better Auth backfill it, so
// rate limits key on the client instead of one shared bucket.
import { createServer } from "node:http";
import type { Socket } from "node:net";
import { toNodeHandler } from "better-auth/node";

export type HttpServing = {
  /** Where it listens, with the real port (0 picks a free one). */
  url: string;
  /** Closes every connection and the server. */
  close(): Promise<void>;
};

type FetchHandler = (request: Request) => Promise<Response>;

/**
 * Serves on `host:port` until closed the handler `handlerFor` makes for the server's URL, called once
 * the port is known (port 0 picks a free one, and a mock's baseURL must name the real one).
 */
export async function serveOverHttp(handlerFor: (url: string) => FetchHandler, options: { port?: number; host?: string } = {}): Promise<HttpServing> {
  const { port = 4000, host = "127.0.0.1" } = options;
  let fetch: FetchHandler = async () => new Response("Starting.", { status: 503, headers: { "retry-after": "1" } });
  const handle = toNodeHandler((request: Request) => fetch(request));
  const server = createServer((req, res) => {
    if (req.headers["x-forwarded-for"] === undefined && req.socket.remoteAddress !== undefined) req.headers["x-forwarded-for"] = req.socket.remoteAddress;
    // An answer given before the body was read (a 404, a refused origin) leaves the body unread, and
    // node reads no next request on that keep-alive connection until it is: drain it, as Express does
    // (the adapter's body stream, never read, would pause the request again at each chunk).
    res.once("finish", () => {
      if (req.complete) return;
      req.removeAllListeners("data");
      req.resume();
    });
    handle(req, res).catch((error: unknown) => {
      console.error(`Failed to answer ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "The server failed to answer; see its log." }));
    });
  });
  // Node closes an idle keep-alive connection after 5 s; a client that reuses it at that moment on a
  // busy machine reads ECONNRESET. Idle gaps of a test run (between files) stay well under 30 s.
  server.keepAliveTimeout = 30_000;
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  const bound = await new Promise<number>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(`Failed to listen on ${host}:${port}: ${error.code === "EADDRINUSE" ? "the port is in use" : error.message}. Choose another port (0 picks a free one).`)),
    );
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === "object" && address !== null ? address.port : port);
    });
  });
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  const url = `http://${shownHost}:${bound}`;
  fetch = handlerFor(url);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
