// GET and POST /__dev/clock — read and move the mock's clock (development only).
import type { OperationHandler } from "../../core/call.ts";
import { isoNow } from "../../core/clock.ts";
import { json } from "../../core/reply.ts";
import { parseBody } from "../parse-body.ts";

export const getClock: OperationHandler = (call) => json({ now: isoNow(call.ctx.clock) });

/** Moves the clock by advanceMs; negative moves it back (the suite undoes its moves). */
export const advanceClock: OperationHandler = (call) => {
  const { clock } = call.ctx;
  clock.set(clock.now() + parseBody<"AdvanceClockRequest">(call).advanceMs);
  return json({ now: isoNow(call.ctx.clock) });
};
