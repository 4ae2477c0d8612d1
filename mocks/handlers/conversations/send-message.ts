// POST /api/conversations/{id}/messages — sends a message; message:new to conv:<id>, a notification to each other participant.
import { respond } from "../../core/typed-reply.ts";
import { normalizeAttachment, sendMessage as deliver } from "../../services/messages.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const sendMessage = defineHandler("sendMessage", async (call) => {
  const { organizationId, userId, name } = clinicCaller(call);
  const input = call.body;
  const attachments = input.attachments?.map(normalizeAttachment);
  const message = await deliver(call.ctx, { organizationId, userId, name }, call.params.id, (input.body ?? "").trim(), attachments);
  return respond(call, 201, message);
});
