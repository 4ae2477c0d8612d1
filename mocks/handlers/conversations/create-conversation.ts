// POST /api/conversations — starts a conversation, or reuses the direct message with that person (201 either way: D18).
import { respond } from "../../core/typed-reply.ts";
import { startConversation, summarize } from "../../services/conversations.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const createConversation = defineHandler("createConversation", (call) => {
  const { organizationId, userId } = clinicCaller(call);
  const conversation = startConversation(call.ctx, organizationId, userId, call.body);
  return respond(call, 201, summarize(call.ctx, conversation, userId));
});
