// GET /api/conversations/{id}/messages — a conversation's messages, oldest first (participants only).
import { respond } from "../../core/typed-reply.ts";
import { messagesOf, requireConversation } from "../../services/conversations.ts";
import { requireParticipant } from "../../services/messages.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const listMessages = defineHandler("listMessages", (call) => {
  const { organizationId, userId } = clinicCaller(call);
  const conversation = requireConversation(call.ctx, organizationId, call.params.id);
  requireParticipant(call.ctx, conversation.id, userId);
  return respond(call, 200, messagesOf(call.ctx, conversation.id));
});
