// temetro's Socket.io inside the tab: msw intercepts the WebSocket transport, @mswjs/socket.io-binding
// speaks the protocol, and the handshake is authenticated by the session cookies in msw's jar.
import { toSocketIo } from "@mswjs/socket.io-binding";
import { ws, type WebSocketHandler } from "msw";
import type { MockApi } from "../glossary.ts";
import { clientEvents } from "../realtime/socket-events.ts";
import { cookieHeaderFor } from "./read-cookie-jar.ts";

type Connection = Parameters<Parameters<ReturnType<typeof ws.link>["addEventListener"]>[1]>[0];

/** Engine.IO's open packet, as the binding sends it (it pings every 25 s; the client waits 5 s more). */
const OPEN = `0${JSON.stringify({ sid: "mock", upgrades: [], pingInterval: 25_000, pingTimeout: 5_000 })}`;
const PING_MS = 25_000;
/** A Socket.IO EVENT on the main namespace, with an optional ack id: `42` `<id>` `[name, payload]`. */
const EVENT = /^42(\d*)(\[[\s\S]*\])$/;

function parseEvent(data: unknown): { name: string; payload: unknown; ackId: string } | null {
  const match = typeof data === "string" ? EVENT.exec(data) : null;
  if (match === null) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(match[2] ?? "[]");
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || typeof decoded[0] !== "string") return null;
  return { name: decoded[0], payload: decoded[1], ackId: match[1] ?? "" };
}

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
        client.send(OPEN);
        return client.send(`44${JSON.stringify({ message: "unauthorized" })}`);
      }
      const session = { userId: found.user.id, userName: found.user.name, orgId: found.session.activeOrganizationId ?? null };
      const io = toSocketIo(connection);
      const socket = { rooms: new Set([`user:${session.userId}`]), emit: (event: string, payload: unknown) => io.client.emit(event, payload) };
      if (session.orgId !== null) socket.rooms.add(`org:${session.orgId}`);
      sockets.add(socket);
      const pings = setInterval(() => client.send("2"), PING_MS);
      client.addEventListener("close", () => (clearInterval(pings), sockets.delete(socket)));
      client.addEventListener("message", (message) => {
        const event = parseEvent(message.data);
        const handle = event === null ? undefined : clientEvents[event.name];
        if (event === null || handle === undefined) return;
        const ack = event.ackId === "" ? undefined : (response: unknown) => client.send(`43${event.ackId}${JSON.stringify([response])}`);
        const context = { api, session, join: (room: string) => void socket.rooms.add(room) };
        // temetro acks {ok:false} when the service throws.
        void Promise.resolve()
          .then(() => handle(context, event.payload, ack))
          .catch(() => ack?.({ ok: false }));
      });
    })();
  });
}
