// POST /api/conversations/attachments — stores a base64 file in the active clinic (413 past 10 MB decoded).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { storeAttachment } from "../../services/attachments.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const uploadAttachment: OperationHandler = (call) => {
  const { organizationId, userId } = clinicCaller(call);
  return json(storeAttachment(call.ctx, organizationId, userId, parseBody<"UploadAttachmentRequest">(call)), 201);
};
