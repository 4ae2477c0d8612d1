// GET /api/conversations — the caller's conversations in the active clinic, most recently active first.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { conversationsOf } from "../../services/conversations.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const listConversations: OperationHandler = (call) => {
  const { organizationId, userId } = clinicCaller(call);
  return json(conversationsOf(call.ctx, organizationId, userId));
};
