// GET /api/conversations/attachments/{id} — the file's bytes, inline, for any member of its clinic.
import { respondBytes } from "../../core/typed-reply.ts";
import { attachmentBytes, requireAttachment } from "../../services/attachments.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const downloadAttachment = defineHandler("downloadAttachment", (call) => {
  const file = requireAttachment(call.ctx, clinicCaller(call).organizationId, call.params.id);
  const headers = { "content-type": file.mimeType, "content-disposition": `inline; filename="${encodeURIComponent(file.fileName)}"` };
  return respondBytes(call, 200, attachmentBytes(file), headers);
});
