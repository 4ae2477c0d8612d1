// Socket.io for the in-process target: the mock has no HTTP server, so the real-time checks get one
// on a free loopback port, started on first use and serving the same mock's sockets and events.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { MockApi } from "#mocks/glossary";
import { attachRealtime } from "#mocks/server/attach-realtime";

export type LocalRealtime = { url(): Promise<string>; close(): Promise<void> };

/** A lazily started Socket.io server over `api`, with CORS for `frontendOrigin`. */
export function localRealtime(api: MockApi, frontendOrigin: string): LocalRealtime {
  let started: Promise<{ url: string; close(): Promise<void> }> | undefined;
  const start = async () => {
    const server = createServer((_req, res) => void res.writeHead(404).end());
    const realtime = attachRealtime(server, Promise.resolve(api), frontendOrigin);
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", () => resolve()));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      async close() {
        await realtime.close();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  };
  return {
    async url() {
      started ??= start();
      return (await started).url;
    },
    async close() {
      await (await started)?.close();
    },
  };
}
