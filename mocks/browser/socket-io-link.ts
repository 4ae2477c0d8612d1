// temetro's Socket.io inside the tab: msw intercepts the WebSocket transport, socket-io-frames speaks
// the protocol, and the handshake is authenticated by the session cookies in msw's jar.
import { ws, type WebSocketHandler } from "msw";
import type { MockApi } from "../glossary.ts";
import { clientEvents } from "../realtime/socket-events.ts";
import { cookieHeaderFor } from "./read-cookie-jar.ts";
import { ackFrame, CONNECT_FRAME, connectErrorFrame, eventFrame, OPEN_FRAME, parseEventFrame, PING_FRAME, PING_MS } from "./socket-io-frames.ts";

type Connection = Parameters<Parameters<ReturnType<typeof ws.link>["addEventListener"]>[1]>[0];

/**
 * The handler that answers Socket.io WebSockets to `baseUrl` as temetro's realtime.ts does. msw strips
 * the `/socket.io/` path before matching, so the link names the API's origin rather than the path.
 */
export function socketIoLink(api: MockApi, baseUrl: string): WebSocketHandler {
  const sockets = new Set<{ rooms: Set<string>; emit(event: string, payload: unknown): void }>();
  api.onRealtime(({ room, event, payload }) => {
    for (const socket of sockets) if (socket.rooms.has(room)) socket.emit(event, payload);
  });
  return ws.link(`${new URL(baseUrl).origin.replace(/^http/, "ws")}/`).addEventListener("connection", (connection: Connection) => {
    const { client } = connection;
    void (async () => {
      // temetro: any exception while reading the session counts as no session.
      const cookie = await cookieHeaderFor(client.url.href.replace(/^ws/, "http")).catch(() => "");
      const found = await api.resolveSession(new Headers({ cookie })).catch(() => null);
      if (found === null) {
        // temetro: no session → connection error "unauthorized" (Socket.IO CONNECT_ERROR); the client then closes.
        client.send(OPEN_FRAME);
        return client.send(connectErrorFrame("unauthorized"));
      }
      const session = { userId: found.user.id, userName: found.user.name, orgId: found.session.activeOrganizationId ?? null };
      client.send(OPEN_FRAME);
      client.send(CONNECT_FRAME);
      const socket = { rooms: new Set([`user:${session.userId}`]), emit: (event: string, payload: unknown) => client.send(eventFrame(event, payload)) };
      if (session.orgId !== null) socket.rooms.add(`org:${session.orgId}`);
      sockets.add(socket);
      const pings = setInterval(() => client.send(PING_FRAME), PING_MS);
      client.addEventListener("close", () => (clearInterval(pings), sockets.delete(socket)));
      client.addEventListener("message", (message) => {
        const event = parseEventFrame(message.data);
        const handle = event === null ? undefined : clientEvents[event.name];
        if (event === null || handle === undefined) return;
        const ack = event.ackId === "" ? undefined : (response: unknown) => client.send(ackFrame(event.ackId, response));
        const context = { api, session, join: (room: string) => void socket.rooms.add(room) };
        // temetro acks {ok:false} when the service throws.
        void Promise.resolve()
          .then(() => handle(context, event.payload, ack))
          .catch(() => ack?.({ ok: false }));
      });
    })();
  });
}
