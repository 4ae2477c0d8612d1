// GET /api/conversations/{id}/messages — a conversation's messages, oldest first (participants only).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { messagesOf, requireConversation } from "../../services/conversations.ts";
import { requireParticipant } from "../../services/messages.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const listMessages: OperationHandler = (call) => {
  const { organizationId, userId } = clinicCaller(call);
  const conversation = requireConversation(call.ctx, organizationId, call.params.id ?? "");
  requireParticipant(call.ctx, conversation.id, userId);
  return json(messagesOf(call.ctx, conversation.id));
};
