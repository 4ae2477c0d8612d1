// POST /api/conversations/{id}/messages — sends a message; message:new to conv:<id>, a notification to each other participant.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { normalizeAttachment, sendMessage as deliver } from "../../services/messages.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const sendMessage: OperationHandler = async (call) => {
  const { organizationId, userId, name } = clinicCaller(call);
  const input = parseBody<"SendMessageRequest">(call);
  const attachments = input.attachments?.map(normalizeAttachment);
  const message = await deliver(call.ctx, { organizationId, userId, name }, call.params.id ?? "", (input.body ?? "").trim(), attachments);
  return json(message, 201);
};
