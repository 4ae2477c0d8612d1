// The standalone mock: a node:http server answering with the mock's handlers, plus temetro's
// Socket.io on the same port (`npx temetro-contract mock`).
import { createServer } from "node:http";
import type { Socket } from "node:net";
import { createMockApi } from "../create-mock-api.ts";
import { resolveConfig } from "../core/config.ts";
import type { MockApi, MockOptions } from "../glossary.ts";
import { attachRealtime } from "./attach-realtime.ts";
import { createRequestListener, type RequestTarget } from "./create-request-listener.ts";
import { describeMockServer } from "./describe-mock-server.ts";

export type MockServerOptions = MockOptions & {
  /** Default 4000; 0 picks a free port (`url` tells which). */
  port?: number;
  /** Default 127.0.0.1 (this machine only); 0.0.0.0 serves the LAN. */
  host?: string;
  /** Serve this mock instead of creating one from the options (its baseUrl is then its own). */
  api?: MockApi;
};

export type MockServer = {
  /** Where the server listens, with the real port: `http://localhost:<port>` on a loopback or wildcard host. */
  url: string;
  api: MockApi;
  /** Disconnects every socket, closes every connection and the server. */
  close(): Promise<void>;
};

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "0.0.0.0", "::"]);

function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) =>
      reject(new Error(`Failed to start the mock server on ${host}:${port}: ${error.code === "EADDRINUSE" ? "the port is in use" : error.message}. Pass another --port (0 picks a free one).`));
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      const address = server.address();
      resolve(typeof address === "object" && address !== null ? address.port : port);
    });
  });
}

/** Starts the mock on a port: HTTP via MockApi.fetch, Socket.io at /socket.io, both authenticated by the session cookie. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 4000, host = "127.0.0.1", api: givenApi, ...mockOptions } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  let ready!: (target: RequestTarget) => void;
  let failed!: (error: unknown) => void;
  const target = new Promise<RequestTarget>((resolve, reject) => ((ready = resolve), (failed = reject)));
  target.catch(() => {});

  const server = createServer(createRequestListener(target, log));
  const sockets = new Set<Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  const realtime = attachRealtime(server, target.then(({ api }) => api), resolveConfig(mockOptions).frontendUrl);

  async function close(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    await realtime.close();
    for (const socket of sockets) socket.destroy();
    await closed;
  }

  let url: string;
  let api: MockApi;
  try {
    const boundPort = await listen(server, port, host);
    url = `http://${LOCAL_HOSTS.has(host) ? "localhost" : host.includes(":") ? `[${host}]` : host}:${boundPort}`;
    // With port 0 the mock can only learn where it lives (its baseUrl) once the server listens.
    api = givenApi ?? (await createMockApi({ ...mockOptions, baseUrl: mockOptions.baseUrl ?? url, log }));
  } catch (error) {
    failed(error);
    await close();
    throw error;
  }
  ready({ api, origin: url });
  for (const line of describeMockServer(url, api.seed())) log(line);
  return { url, api, close };
}
