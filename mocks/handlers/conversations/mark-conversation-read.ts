// POST /api/conversations/{id}/read — marks it read for the caller; 204 whatever the id names.
import { respondEmpty } from "../../core/typed-reply.ts";
import { markRead } from "../../services/messages.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const markConversationRead = defineHandler("markConversationRead", (call) => {
  markRead(call.ctx, clinicCaller(call).userId, call.params.id);
  return respondEmpty(call, 204);
});
