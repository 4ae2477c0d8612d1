// GET /api/conversations/members — every member of the active clinic but the caller.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { otherMembers } from "../../services/conversations.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const listConversationMembers: OperationHandler = (call) => {
  const { organizationId, userId } = clinicCaller(call);
  return json(otherMembers(call.ctx, organizationId, userId));
};
