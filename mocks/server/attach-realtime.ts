// temetro's Socket.io server (realtime.ts) on the mock's HTTP server: the handshake is authenticated
// by the session cookie, each socket joins `user:<id>` and `org:<id>`, and the mock's events reach their room.
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { DefaultEventsMap } from "socket.io";
import type { MockApi, RealtimeEvent } from "../glossary.ts";
import { clientEvents, type SocketSession } from "../realtime/socket-events.ts";

export type Realtime = { io: Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketSession>; close(): Promise<void> };

function toHeaders(incoming: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  return headers;
}

/** Attaches Socket.io at `/socket.io` (CORS: the frontend only, with credentials), serving the mock `api` resolves to. */
export function attachRealtime(httpServer: HttpServer, api: Promise<MockApi>, frontendUrl: string): Realtime {
  const io = new Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SocketSession>(httpServer, {
    path: "/socket.io",
    cors: { origin: frontendUrl, credentials: true },
  });
  io.use((socket, next) => {
    // temetro: no session, or any exception while reading it → connection error "unauthorized".
    api
      .then((mock) => mock.resolveSession(toHeaders(socket.handshake.headers)))
      .then((found) => {
        if (found === null) return next(new Error("unauthorized"));
        socket.data = { userId: found.user.id, userName: found.user.name, orgId: found.session.activeOrganizationId ?? null };
        next();
      })
      .catch(() => next(new Error("unauthorized")));
  });
  io.on("connection", async (socket) => {
    const mock = await api;
    const session = socket.data;
    void socket.join(`user:${session.userId}`);
    if (session.orgId !== null) void socket.join(`org:${session.orgId}`);
    for (const [event, handle] of Object.entries(clientEvents)) {
      socket.on(event, (...args: unknown[]) => {
        const last = args.at(-1);
        const ack = typeof last === "function" ? (response: unknown) => void last(response) : undefined;
        const context = { api: mock, session, join: (room: string) => void socket.join(room) };
        // temetro acks {ok:false} when the service throws.
        void Promise.resolve()
          .then(() => handle(context, args[0], ack))
          .catch(() => ack?.({ ok: false }));
      });
    }
  });
  // An event for a room no socket has joined reaches no one: skipping it spares encoding the packet on every write.
  const deliver = ({ room, event, payload }: RealtimeEvent) => void (io.sockets.adapter.rooms.has(room) && io.to(room).emit(event, payload));
  const unsubscribe = api.then((mock) => mock.onRealtime(deliver));
  return {
    io,
    async close() {
      (await unsubscribe.catch(() => () => {}))();
      // A server-side disconnect tells clients not to reconnect; then the engine closes its transports.
      // Not io.close(): that closes the HTTP server too, which the caller owns.
      io.disconnectSockets(true);
      io.engine.close();
    },
  };
}
