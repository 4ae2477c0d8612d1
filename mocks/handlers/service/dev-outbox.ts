// GET and DELETE /__dev/outbox — the emails the mock "sent" (development only).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";

export const listOutbox: OperationHandler = (call) => json(call.ctx.outbox.list(call.url.searchParams.get("to") ?? undefined));

export const clearOutbox: OperationHandler = (call) => {
  call.ctx.outbox.clear();
  return { status: 204 };
};
