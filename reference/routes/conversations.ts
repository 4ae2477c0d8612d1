// /api/conversations (temetro routes/conversations.ts) behind temetro's guards: no permission, the
// active clinic and participation decide. Sending also delivers over Socket.io.
import { Router } from "express";
import type { Response } from "express";
import { callerOf } from "../middleware/guards.ts";
import type { Guards } from "../middleware/guards.ts";
import { HttpError } from "../middleware/errors.ts";
import { createConversationSchema, MAX_ATTACHMENT_BYTES, messageSchema, uploadSchema } from "../clinic/communication-validation.ts";
import * as messaging from "../clinic/messaging-store.ts";
import { deliverMessage } from "../clinic/notify-user.ts";
import { isUuid } from "../clinic/schedule-tables.ts";
import type { ClinicDeps } from "./patients.ts";

/** The conversation routes over the reference's database. */
export function conversationsRouter({ requireAuth, requireOrg }: Guards, { database, realtime }: ClinicDeps): Router {
  const router = Router();
  router.use(requireAuth, requireOrg);
  const who = (res: Response) => {
    const caller = callerOf(res);
    return { organizationId: caller.organizationId ?? "", id: caller.user.id, name: caller.user.name };
  };

  router.get("/", async (_req, res) => {
    const { organizationId, id } = who(res);
    res.json(await messaging.listConversations(database, organizationId, id));
  });

  router.get("/members", async (_req, res) => {
    const { organizationId, id } = who(res);
    res.json(await messaging.listClinicMembers(database, organizationId, id));
  });

  router.post("/attachments", async (req, res) => {
    const input = uploadSchema.parse(req.body);
    if (Buffer.byteLength(input.data, "base64") > MAX_ATTACHMENT_BYTES) throw new HttpError(413, "File is too large (max 10MB).");
    const { organizationId, id } = who(res);
    const { rows } = await database.query(
      `insert into "message_attachment" ("organizationId", "uploaderId", "fileName", "mimeType", "size", "data") values ($1, $2, $3, $4, $5, $6)
       returning "id" as "attachmentId", "fileName", "mimeType", "size"`, [organizationId, id, input.fileName, input.mimeType, input.size, input.data]);
    res.status(201).json(rows[0]);
  });

  router.get("/attachments/:id", async (req, res) => {
    const { rows } = isUuid(req.params.id)
      ? await database.query<{ fileName: string; mimeType: string; data: string }>(
        'select "fileName", "mimeType", "data" from "message_attachment" where "id" = $1 and "organizationId" = $2', [req.params.id, who(res).organizationId])
      : { rows: [] };
    const file = rows[0];
    if (!file) throw new HttpError(404, "Attachment not found.");
    res.setHeader("Content-Type", file.mimeType);
    res.setHeader("Content-Disposition", `inline; filename="${encodeURIComponent(file.fileName)}"`);
    res.send(Buffer.from(file.data, "base64"));
  });

  router.post("/", async (req, res) => {
    const input = createConversationSchema.parse(req.body);
    const { organizationId, id } = who(res);
    res.status(201).json(await messaging.createConversation(database, organizationId, id, input));
  });

  router.get("/:id/messages", async (req, res) => {
    const { organizationId, id } = who(res);
    res.json(await messaging.getMessages(database, organizationId, id, req.params.id));
  });

  router.post("/:id/messages", async (req, res) => {
    const { body, attachments } = messageSchema.parse(req.body);
    const sender = who(res);
    const sent = await messaging.createMessage(database, sender, req.params.id, body, attachments);
    deliverMessage(realtime, sent, sender.name);
    res.status(201).json(sent.message);
  });

  router.post("/:id/read", async (req, res) => {
    await messaging.markRead(database, who(res).id, req.params.id);
    res.status(204).end();
  });

  return router;
}
