// A test deployment's HTTP server: listening on a free local port before the app exists (the app's
// base URL must name the port), closed with every connection still open.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type TestPort = { server: Server; base: string; close(): Promise<void> };

/** A server on 127.0.0.1 and a free port, answering nothing until a request listener is added. */
export async function listenOnTestPort(): Promise<TestPort> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    server,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
