// temetro's createNotification (services/notifications.ts) for one recipient, pushed live as
// `notification:new` to `user:<id>`. The reference keeps no notification table (no route reads one).
import { randomUUID } from "node:crypto";
import { initialsFromName } from "./initials.ts";

/** Where the reference sends real-time events (a Socket.io server's `to(room).emit`, or a test's recorder). */
export type Realtime = { emit(room: string, event: string, payload: unknown): void };

export type NewNotification = { type: string; text: string; entityType: string | null; entityId: string | null; actorName: string | null };

/** Emits a new notification to a user's room. */
export function notifyUser(realtime: Realtime, userId: string, fields: NewNotification): void {
  realtime.emit(`user:${userId}`, "notification:new", {
    id: randomUUID(),
    ...fields,
    read: false,
    actorInitials: fields.actorName === null ? null : initialsFromName(fields.actorName),
    createdAt: new Date().toISOString(),
  });
}

/** Delivers a sent message: `message:new` to its conversation's room, a `message` notification to each recipient. */
export function deliverMessage(realtime: Realtime, sent: { message: { conversationId: string }; recipientIds: string[] }, senderName: string): void {
  const { conversationId } = sent.message;
  realtime.emit(`conv:${conversationId}`, "message:new", sent.message);
  for (const recipientId of sent.recipientIds) {
    notifyUser(realtime, recipientId, { type: "message", text: `New message from ${senderName}`, entityType: "conversation", entityId: conversationId, actorName: senderName });
  }
}
