// Socket.io on the reference's HTTP server, as temetro's realtime.ts sets it up: CORS for the
// frontend's origin only (D19), the handshake authenticated by Better Auth's session cookie,
// rooms user:<id> and org:<id>, and the conversation events over the same store as REST.
import type { Server as HttpServer } from "node:http";
import { fromNodeHeaders } from "better-auth/node";
import type pg from "pg";
import { Server } from "socket.io";
import type { Auth } from "../auth.ts";
import * as messaging from "../clinic/messaging-store.ts";
import { deliverMessage } from "../clinic/notify-user.ts";
import type { RealtimeHub } from "./realtime-hub.ts";

type SocketData = { userId: string; userName: string; orgId: string | null };
type Ack = (response: { ok: boolean; [key: string]: unknown }) => void;

const fieldOf = (payload: unknown, name: string): unknown => (typeof payload === "object" && payload !== null ? Reflect.get(payload, name) : undefined);
const ackOf = (value: unknown): Ack | undefined => (typeof value === "function" ? (response) => void value(response) : undefined);

/** Attaches Socket.io to the server and connects it to the hub; returns how to close it (not the HTTP server). */
export function attachSocketServer(httpServer: HttpServer, options: { auth: Auth; database: pg.Pool; frontendUrl: string; hub: RealtimeHub }): { close(): Promise<void> } {
  const { auth, database, hub } = options;
  const io = new Server<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>(httpServer, {
    cors: { origin: options.frontendUrl, credentials: true },
  });
  io.use(async (socket, next) => {
    try {
      const found = await auth.api.getSession({ headers: fromNodeHeaders(socket.request.headers) });
      if (!found?.session) return next(new Error("unauthorized"));
      socket.data = { userId: found.user.id, userName: found.user.name, orgId: found.session.activeOrganizationId ?? null };
      next();
    } catch {
      next(new Error("unauthorized"));
    }
  });
  io.on("connection", (socket) => {
    const { userId, userName, orgId } = socket.data;
    void socket.join(`user:${userId}`);
    if (orgId) void socket.join(`org:${orgId}`);
    socket.on("conversation:join", async (conversationId: unknown, rawAck: unknown) => {
      const ack = ackOf(rawAck);
      try {
        if (await messaging.isParticipant(database, String(conversationId), userId)) {
          await socket.join(`conv:${String(conversationId)}`);
          ack?.({ ok: true });
        } else ack?.({ ok: false });
      } catch {
        ack?.({ ok: false });
      }
    });
    socket.on("message:send", async (payload: unknown, rawAck: unknown) => {
      const ack = ackOf(rawAck);
      try {
        const conversationId = String(fieldOf(payload, "conversationId") ?? "");
        const body = String(fieldOf(payload, "body") ?? "").trim();
        const raw = fieldOf(payload, "attachments");
        const attachments: unknown[] | undefined = Array.isArray(raw) ? raw : undefined;
        if (!(conversationId && orgId && (body || attachments?.length))) return ack?.({ ok: false });
        const sent = await messaging.createMessage(database, { organizationId: orgId, id: userId, name: userName }, conversationId, body, attachments);
        deliverMessage(hub, sent, userName);
        ack?.({ ok: true, message: sent.message });
      } catch {
        ack?.({ ok: false });
      }
    });
    socket.on("message:read", async (conversationId: unknown) => {
      if (orgId) await messaging.markRead(database, userId, String(conversationId)).catch(() => {});
    });
  });
  const disconnect = hub.connect({ emit: (room, event, payload) => void io.to(room).emit(event, payload) });
  return {
    async close() {
      disconnect();
      io.disconnectSockets(true);
      io.engine.close();
    },
  };
}
