// POST /api/conversations/{id}/read — marks it read for the caller; 204 whatever the id names.
import type { OperationHandler } from "../../core/call.ts";
import { markRead } from "../../services/messages.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const markConversationRead: OperationHandler = (call) => {
  markRead(call.ctx, clinicCaller(call).userId, call.params.id ?? "");
  return { status: 204 };
};
