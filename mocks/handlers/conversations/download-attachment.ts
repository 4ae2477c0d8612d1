// GET /api/conversations/attachments/{id} — the file's bytes, inline, for any member of its clinic.
import type { OperationHandler } from "../../core/call.ts";
import { attachmentBytes, requireAttachment } from "../../services/attachments.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const downloadAttachment: OperationHandler = (call) => {
  const file = requireAttachment(call.ctx, clinicCaller(call).organizationId, call.params.id ?? "");
  const headers = { "content-type": file.mimeType, "content-disposition": `inline; filename="${encodeURIComponent(file.fileName)}"` };
  return { status: 200, headers, bytes: attachmentBytes(file) };
};
