// GET and POST /__dev/clock — read and move the mock's clock (development only).
import type { OperationHandler } from "../../core/call.ts";
import { isoNow } from "../../core/clock.ts";
import { json } from "../../core/reply.ts";
import { parseBody } from "../parse-body.ts";

export const getClock: OperationHandler = (call) => json({ now: isoNow(call.ctx.clock) });

export const advanceClock: OperationHandler = (call) => {
  call.ctx.clock.advance(parseBody<"AdvanceClockRequest">(call).advanceMs);
  return json({ now: isoNow(call.ctx.clock) });
};
