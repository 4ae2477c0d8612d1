// POST /api/conversations — starts a conversation, or reuses the direct message with that person (201 either way: D18).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { startConversation, summarize } from "../../services/conversations.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const createConversation: OperationHandler = (call) => {
  const { organizationId, userId } = clinicCaller(call);
  const conversation = startConversation(call.ctx, organizationId, userId, parseBody<"CreateConversationRequest">(call));
  return json(summarize(call.ctx, conversation, userId), 201);
};
