// Socket.io for the in-process target: the mock has no HTTP server, so the real-time checks get one
// on a free loopback port, started on first use and serving the same mock's sockets and events.
// The mock emits an event while it answers the request that causes it, so once each socket has
// answered a ping sent after that answer, every event due to it has arrived: the target knows when
// an event is not coming, instead of watching for it a fixed time.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Socket } from "socket.io";
import type { MockApi } from "#mocks/glossary";
import type { Realtime } from "#mocks/server/attach-realtime";

export type LocalRealtime = {
  url(): Promise<string>;
  /** Resolves once every socket has received what the server sent it before the call. */
  settled(): Promise<void>;
  close(): Promise<void>;
};

const PONG_TIMEOUT_MS = 5_000;

type EngineSocket = Socket["conn"];

/** Pings one engine.io socket and resolves on its pong (or its close): the ping is written after everything sent before it. */
function roundTrip(socket: EngineSocket, label: string): Promise<void> {
  // engine.io pings only on its own timer (sendPacket is not in its typings); the client answers any ping at once.
  const sendPacket: unknown = Reflect.get(socket, "sendPacket");
  if (typeof sendPacket !== "function") {
    return Promise.reject(new Error("Failed to settle the in-process Socket.io: engine.io's socket has no sendPacket to ping with. Check the engine.io version against targets/in-process-realtime.ts."));
  }
  if (socket.readyState !== "open") return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      socket.off("packet", onPacket);
      socket.off("close", done);
      resolve();
    };
    const onPacket = (packet: { type: string }) => void (packet.type === "pong" && done());
    const timer = setTimeout(() => {
      socket.off("packet", onPacket);
      socket.off("close", done);
      reject(new Error(`Failed to settle the in-process Socket.io: socket ${label} answered no ping within ${PONG_TIMEOUT_MS / 1000} s.`));
    }, PONG_TIMEOUT_MS);
    socket.on("packet", onPacket);
    socket.once("close", done);
    Reflect.apply(sendPacket, socket, ["ping"]);
  });
}

/** A lazily started Socket.io server over `api`, with CORS for `frontendOrigin`. */
export function localRealtime(api: MockApi, frontendOrigin: string): LocalRealtime {
  let started: Promise<{ url: string; realtime: Realtime; close(): Promise<void> }> | undefined;
  const start = async () => {
    // Loaded on first use: a worker whose files open no socket never loads the Socket.io server.
    const { attachRealtime } = await import("#mocks/server/attach-realtime");
    const server = createServer((_req, res) => void res.writeHead(404).end());
    const realtime = attachRealtime(server, Promise.resolve(api), frontendOrigin);
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", () => resolve()));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      realtime,
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
    async settled() {
      if (started === undefined) return;
      const { realtime } = await started;
      await Promise.all([...realtime.io.sockets.sockets.values()].map((socket) => roundTrip(socket.conn, socket.id)));
    },
    async close() {
      await (await started)?.close();
    },
  };
}
