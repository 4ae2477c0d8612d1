// GET /api/conversations — the caller's conversations in the active clinic, most recently active first.
import { respond } from "../../core/typed-reply.ts";
import { conversationsOf } from "../../services/conversations.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const listConversations = defineHandler("listConversations", (call) => {
  const { organizationId, userId } = clinicCaller(call);
  return respond(call, 200, conversationsOf(call.ctx, organizationId, userId));
});
