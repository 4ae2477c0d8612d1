// Message attachments (temetro routes/conversations.ts, services/messaging.ts): files uploaded as
// base64 into the active clinic, at most 10 MB decoded, downloaded by any member of that clinic.
import type { components } from "#openapi";
import type { MockContext } from "../core/context.ts";
import { failTemetro } from "../core/reply.ts";
import type { AttachmentRecord } from "../core/store.ts";
import { isUuid } from "./clinic-records.ts";

type UploadAttachmentRequest = components["schemas"]["UploadAttachmentRequest"];
type UploadedAttachment = components["schemas"]["UploadedAttachment"];

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Node's Buffer.byteLength(data, "base64"): the decoded size worked out from the text, padding and all. */
export function base64ByteLength(data: string): number {
  let length = data.length;
  if (length > 0 && data.charCodeAt(length - 1) === 0x3d) length--;
  if (length > 1 && data.charCodeAt(length - 1) === 0x3d) length--;
  return (length * 3) >>> 2;
}

/** Stores an upload; 413 ATTACHMENT_TOO_LARGE past 10 MB decoded. `size` is kept as declared. */
export function storeAttachment(ctx: MockContext, organizationId: string, uploaderId: string, input: UploadAttachmentRequest): UploadedAttachment {
  if (base64ByteLength(input.data) > MAX_ATTACHMENT_BYTES) failTemetro("ATTACHMENT_TOO_LARGE");
  const record: AttachmentRecord = {
    attachmentId: crypto.randomUUID(),
    organizationId,
    uploaderId,
    fileName: input.fileName.trim(),
    mimeType: input.mimeType?.trim() ?? "application/octet-stream",
    size: input.size,
    data: input.data,
  };
  ctx.store.attachments.set(record.attachmentId, record);
  const { attachmentId, fileName, mimeType, size } = record;
  return { attachmentId, fileName, mimeType, size };
}

/** The clinic's file with this id; 404 ATTACHMENT_NOT_FOUND for a non-UUID id or another clinic's file. */
export function requireAttachment(ctx: MockContext, organizationId: string, id: string): AttachmentRecord {
  const found = isUuid(id) ? ctx.store.attachments.get(id) : undefined;
  return found !== undefined && found.organizationId === organizationId ? found : failTemetro("ATTACHMENT_NOT_FOUND");
}

/** The bytes of a stored file, decoded as Node's Buffer.from(data, "base64") does (URL-safe letters accepted, anything else skipped). */
export function attachmentBytes(record: AttachmentRecord): Uint8Array<ArrayBuffer> {
  const clean = record.data.replace(/-/g, "+").replace(/_/g, "/").replace(/[^A-Za-z0-9+/]/g, "");
  const padded = clean.length % 4 === 1 ? clean.slice(0, -1) : clean;
  const binary = atob(padded + "=".repeat((4 - (padded.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
