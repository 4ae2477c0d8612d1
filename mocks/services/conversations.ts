// Conversations (temetro services/messaging.ts): who takes part, how a conversation is named and
// summarised for each participant, and starting one (a direct message is reused: D18).
import type { components } from "#openapi";
import type { MockContext } from "../core/context.ts";
import { failTemetro } from "../core/reply.ts";
import type { ConversationRecord, MessageRecord } from "../core/store.ts";
import { isUuid } from "./clinic-records.ts";
import { findMember, membersOf } from "./memberships.ts";
import { monotonicIso } from "./monotonic-clock.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

type Schemas = components["schemas"];
type ConversationSummary = Schemas["ConversationSummary"];
type Participant = Schemas["Participant"];

/** The reserved sender of a clinic's System conversation. */
export const SYSTEM_USER = { id: "system", name: "temetro System" } as const;

const nameOf = (ctx: MockContext, userId: string): string =>
  userId === SYSTEM_USER.id ? SYSTEM_USER.name : (ctx.store.users.findFirst(fieldsEqual({ id: userId }))?.name ?? "");

/** The conversation with this id in the clinic; 404 CONVERSATION_NOT_FOUND for a non-UUID id or another clinic's. */
export function requireConversation(ctx: MockContext, organizationId: string, id: string): ConversationRecord {
  const found = isUuid(id) ? ctx.store.conversations.get(id) : undefined;
  return found !== undefined && found.organizationId === organizationId ? found : failTemetro("CONVERSATION_NOT_FOUND");
}

/** Whether a user takes part in a conversation (any clinic's, as temetro's isParticipant). */
export const isParticipant = (ctx: MockContext, conversationId: string, userId: string): boolean =>
  isUuid(conversationId) && (ctx.store.conversations.get(conversationId)?.lastReadAt.has(userId) ?? false);

/** The conversation's messages, oldest first. */
export const messagesOf = (ctx: MockContext, conversationId: string): MessageRecord[] =>
  ctx.store.messages.findMany(fieldsEqual({ conversationId })).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

/** A conversation as one participant sees it: display name, last message and unread count. */
export function summarize(ctx: MockContext, conversation: ConversationRecord, userId: string): ConversationSummary {
  const participants: Participant[] = [...conversation.lastReadAt.keys()].map((id) => ({ id, name: nameOf(ctx, id) }));
  const others = participants.filter((participant) => participant.id !== userId);
  const stored = conversation.name?.trim();
  const name = stored || (conversation.isGroup ? others.map((other) => other.name).join(", ") || "Group" : (others[0]?.name ?? "Conversation"));
  const messages = messagesOf(ctx, conversation.id);
  const readAt = conversation.lastReadAt.get(userId) ?? null;
  const unreadCount = messages.filter((message) => message.senderId !== userId && (readAt === null || message.createdAt > readAt)).length;
  return {
    id: conversation.id,
    name,
    isGroup: conversation.isGroup,
    isSystem: conversation.lastReadAt.has(SYSTEM_USER.id),
    participants,
    lastMessage: messages.at(-1) ?? null,
    unread: unreadCount > 0,
    unreadCount,
    updatedAt: conversation.updatedAt,
  };
}

/** The caller's conversations in the clinic, most recently active first. */
export function conversationsOf(ctx: MockContext, organizationId: string, userId: string): ConversationSummary[] {
  return [...ctx.store.conversations.values()]
    .filter((conversation) => conversation.organizationId === organizationId && conversation.lastReadAt.has(userId))
    .reverse()
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((conversation) => summarize(ctx, conversation, userId));
}

/** The clinic's members other than the caller, as participants. */
export const otherMembers = (ctx: MockContext, organizationId: string, userId: string): Participant[] =>
  membersOf(ctx, organizationId).filter((member) => member.userId !== userId).map((member) => ({ id: member.userId, name: nameOf(ctx, member.userId) }));

function findDirectMessage(ctx: MockContext, organizationId: string, userId: string, otherId: string): ConversationRecord | undefined {
  return [...ctx.store.conversations.values()].find(
    (conversation) =>
      conversation.organizationId === organizationId && !conversation.isGroup && conversation.lastReadAt.size === 2
      && conversation.lastReadAt.has(userId) && conversation.lastReadAt.has(otherId),
  );
}

/**
 * Starts a conversation with the named clinic members (the caller and non-members are dropped);
 * a direct message with the same person is reused. The creator has read it; the others have not.
 */
export function startConversation(ctx: MockContext, organizationId: string, userId: string, input: Schemas["CreateConversationRequest"]): ConversationRecord {
  const others = [...new Set(input.participantIds)].filter((id) => id !== userId && findMember(ctx, organizationId, id) !== undefined);
  if (others.length === 0) failTemetro("NO_CLINIC_MEMBER_TO_MESSAGE");
  const name = input.name?.trim() || null;
  const isGroup = others.length > 1 || name !== null;
  const existing = isGroup ? undefined : findDirectMessage(ctx, organizationId, userId, others[0] ?? "");
  if (existing !== undefined) return existing;
  const now = monotonicIso(ctx);
  const conversation: ConversationRecord = {
    id: crypto.randomUUID(),
    organizationId,
    name,
    isGroup,
    createdBy: userId,
    updatedAt: now,
    lastReadAt: new Map([[userId, now], ...others.map((id): [string, string | null] => [id, null])]),
  };
  ctx.store.conversations.set(conversation.id, conversation);
  return conversation;
}
