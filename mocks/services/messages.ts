// Messages (temetro services/messaging.ts createMessage, markRead): sending checks the conversation,
// then the participant, then the content; delivery is `message:new` to `conv:<id>` and a `message`
// notification to every other participant. REST and Socket.io's `message:send` both come here.
import { roomOf } from "#openapi";
import type { components } from "#openapi";
import type { MockContext } from "../core/context.ts";
import { failTemetro } from "../core/reply.ts";
import type { MessageRecord } from "../core/store.ts";
import { isParticipant, requireConversation } from "./conversations.ts";
import { isUuid } from "./clinic-records.ts";
import { monotonicIso } from "./monotonic-clock.ts";
import { notifyUser } from "./notifications.ts";

type MessageAttachment = components["schemas"]["MessageAttachment"];
type AttachmentInput = components["schemas"]["MessageAttachmentInput"];

export type Sender = { organizationId: string; userId: string; name: string };

/** The participant check of a conversation found in the clinic: 403 NOT_A_PARTICIPANT */
export function requireParticipant(ctx: MockContext, conversationId: string, userId: string): void {
  if (!isParticipant(ctx, conversationId, userId)) failTemetro("NOT_A_PARTICIPANT");
}

/** A validated attachment as temetro's zod leaves it: known fields only, snapshot defaults filled in. */
export function normalizeAttachment(attachment: AttachmentInput): MessageAttachment {
  if (attachment.kind === "file") {
    const { kind, attachmentId, fileName, mimeType, size } = attachment;
    return { kind, attachmentId, fileName, mimeType, size };
  }
  const { fileNumber = "", name, date, time, type = "", provider = "", status = "" } = attachment.appointment;
  return { kind: "appointment", appointment: { fileNumber, name, date, time, type, provider, status } };
}

/**
 * Sends a message: 404 unknown conversation, 403 not a participant, 400 EMPTY_MESSAGE
 * without text or attachments. Bumps the conversation and the sender's read mark, then delivers.
 */
export async function sendMessage(ctx: MockContext, sender: Sender, conversationId: string, body: string, attachments: MessageAttachment[] | undefined): Promise<MessageRecord> {
  const conversation = requireConversation(ctx, sender.organizationId, conversationId);
  requireParticipant(ctx, conversation.id, sender.userId);
  const list = attachments !== undefined && attachments.length > 0 ? attachments : null;
  if (body.trim() === "" && list === null) failTemetro("EMPTY_MESSAGE");
  const now = monotonicIso(ctx);
  const message = await ctx.store.messages.create({
    id: crypto.randomUUID(),
    conversationId: conversation.id,
    senderId: sender.userId,
    senderName: sender.name,
    body,
    attachments: list,
    createdAt: now,
  });
  conversation.updatedAt = now;
  conversation.lastReadAt.set(sender.userId, now);
  ctx.realtime.emit(roomOf("conversation", conversation.id), "message:new", message);
  for (const recipientId of conversation.lastReadAt.keys()) {
    if (recipientId === sender.userId) continue;
    notifyUser(ctx, recipientId, {
      type: "message",
      text: `New message from ${sender.name}`,
      entityType: "conversation",
      entityId: conversation.id,
      actorName: sender.name,
    });
  }
  return message;
}

/** Marks a conversation read for a user who takes part in it; anything else is silently nothing. */
export function markRead(ctx: MockContext, userId: string, conversationId: string): void {
  if (!isUuid(conversationId)) return;
  const conversation = ctx.store.conversations.get(conversationId);
  if (conversation?.lastReadAt.has(userId)) conversation.lastReadAt.set(userId, monotonicIso(ctx));
}
