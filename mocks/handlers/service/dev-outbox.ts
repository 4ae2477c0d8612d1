// GET and DELETE /__dev/outbox — the emails the mock "sent" (development only).
import { queryParam } from "../../core/call.ts";
import { respond, respondEmpty } from "../../core/typed-reply.ts";
import { defineHandler } from "../define-handler.ts";

export const listOutbox = defineHandler("listOutbox", (call) => respond(call, 200, call.ctx.outbox.list(queryParam(call, "to") ?? undefined)));

export const clearOutbox = defineHandler("clearOutbox", (call) => {
  call.ctx.outbox.clear();
  return respondEmpty(call, 204);
});
