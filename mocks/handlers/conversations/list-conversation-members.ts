// GET /api/conversations/members — every member of the active clinic but the caller.
import { respond } from "../../core/typed-reply.ts";
import { otherMembers } from "../../services/conversations.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const listConversationMembers = defineHandler("listConversationMembers", (call) => {
  const { organizationId, userId } = clinicCaller(call);
  return respond(call, 200, otherMembers(call.ctx, organizationId, userId));
});
