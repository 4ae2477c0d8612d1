// The conversation actions behind temetro's Socket.io client events, over the same services as the
// REST routes. Attachments sent over the socket are checked against the spec (D28: temetro stores any
// array there; the mock refuses what no client may send, so every message it delivers conforms).
import { componentValidator } from "#openapi";
import type { components } from "#openapi";
import type { MockContext } from "../core/context.ts";
import { refuseTemetro } from "../core/reply.ts";
import type { MockMessaging } from "../glossary.ts";
import { isParticipant } from "./conversations.ts";
import { markRead, normalizeAttachment, sendMessage } from "./messages.ts";

type AttachmentInput = components["schemas"]["MessageAttachmentInput"];

const attachmentInput = componentValidator("MessageAttachmentInput");
const isAttachmentInput = (value: unknown): value is AttachmentInput => attachmentInput.safeParse(value).success;

/** The messaging side of a mock, for its Socket.io servers. */
export function createMessaging(ctx: MockContext): MockMessaging {
  return {
    isParticipant: (conversationId, userId) => isParticipant(ctx, conversationId, userId),
    async send(sender, conversationId, body, attachments) {
      const checked = (attachments ?? []).map((item) => (isAttachmentInput(item) ? normalizeAttachment(item) : refuseTemetro("VALIDATION_FAILED")));
      return sendMessage(ctx, sender, conversationId, body, attachments === undefined ? undefined : checked);
    },
    markRead: (userId, conversationId) => markRead(ctx, userId, conversationId),
  };
}
