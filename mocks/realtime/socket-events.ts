// The client → server Socket.io events the mock answers (temetro-api.md §5.8), one entry per event,
// shared by the standalone server and the browser worker.
// Each does what temetro's realtime.ts does, over the same services as the REST routes
// (x-realtime.clientEvents). `call:*` events are out of scope.
import { roomOf } from "#openapi";
import type { MockApi } from "../glossary.ts";

/** Who a socket belongs to, fixed at connect time as temetro fixes it (switching clinic means reconnecting). */
export type SocketSession = { userId: string; userName: string; orgId: string | null };

export type ClientEventContext = {
  api: MockApi;
  session: SocketSession;
  /** Joins the socket to a room (`conv:<id>`). */
  join(room: string): void;
};

/** Answers one client event; `ack` is the client's acknowledgement callback, when it sent one. */
export type ClientEventHandler = (context: ClientEventContext, payload: unknown, ack: ((response: unknown) => void) | undefined) => void | Promise<void>;

/** A field of an event's object payload, as temetro reads `payload?.field`. */
const fieldOf = (payload: unknown, name: string): unknown => (typeof payload === "object" && payload !== null ? Reflect.get(payload, name) : undefined);

export const clientEvents: Record<string, ClientEventHandler> = {
  /** Joins `conv:<id>` when the caller is a participant (the clinic is not checked); `{ok:false}` otherwise. */
  "conversation:join": ({ api, session, join }, payload, ack) => {
    const conversationId = String(payload);
    if (!api.messaging.isParticipant(conversationId, session.userId)) return ack?.({ ok: false });
    join(roomOf("conversation", conversationId));
    ack?.({ ok: true });
  },
  /** Sends a message and emits `message:new` to `conv:<id>`; `{ok:false}` when it cannot (a rejection is acked so by the server). */
  "message:send": async ({ api, session }, payload, ack) => {
    const conversationId = String(fieldOf(payload, "conversationId") ?? "");
    const body = String(fieldOf(payload, "body") ?? "").trim();
    const raw = fieldOf(payload, "attachments");
    const attachments = Array.isArray(raw) ? raw : undefined;
    if (conversationId === "" || session.orgId === null || (body === "" && !attachments?.length)) return ack?.({ ok: false });
    const sender = { organizationId: session.orgId, userId: session.userId, name: session.userName };
    const message = await api.messaging.send(sender, conversationId, body, attachments);
    ack?.({ ok: true, message });
  },
  /** Marks a conversation read when the socket has a clinic; temetro sends no acknowledgement. */
  "message:read": ({ api, session }, payload) => {
    if (session.orgId !== null) api.messaging.markRead(session.userId, String(payload));
  },
};
