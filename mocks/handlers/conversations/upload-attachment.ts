// POST /api/conversations/attachments — stores a base64 file in the active clinic (413 past 10 MB decoded).
import { respond } from "../../core/typed-reply.ts";
import { storeAttachment } from "../../services/attachments.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const uploadAttachment = defineHandler("uploadAttachment", (call) => {
  const { organizationId, userId } = clinicCaller(call);
  return respond(call, 201, storeAttachment(call.ctx, organizationId, userId, call.body));
});
