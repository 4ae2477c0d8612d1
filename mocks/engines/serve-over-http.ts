// A fetch handler (an engine, a profile's mock) served on a node:http port, through the standalone
// mock's own node:http side (the body read whole, every Set-Cookie its own header), so serving needs
// no auth library. Without an X-Forwarded-For the socket's address becomes the client IP, as Express
// apps in front of Better Auth backfill it, so rate limits key on the client instead of one shared bucket.
import { createServer } from "node:http";
import type { Socket } from "node:net";
import { answerOfResponse } from "../core/mock-answer.ts";
import { writeAnswer } from "../server/create-request-listener.ts";
import { incomingRequest } from "../server/incoming-request.ts";

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
  const server = createServer((req, res) => {
    void (async () => {
      // The origin the client addressed (Host), as a Node adapter in front of the library reads it.
      const request = await incomingRequest(req, `http://${req.headers.host ?? `${host}:${port}`}`);
      writeAnswer(res, await answerOfResponse(await fetch(request.toFetchRequest())), req.method ?? "GET");
    })().catch((error: unknown) => {
      console.error(`Failed to answer ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: "The server failed to answer; see its log." }));
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
