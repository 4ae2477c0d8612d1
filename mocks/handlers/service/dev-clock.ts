// GET and POST /__dev/clock — read and move the mock's clock (development only).
import { isoNow } from "../../core/clock.ts";
import { respond } from "../../core/typed-reply.ts";
import { defineHandler } from "../define-handler.ts";

export const getClock = defineHandler("getClock", (call) => respond(call, 200, { now: isoNow(call.ctx.clock) }));

/** Moves the clock by advanceMs; negative moves it back (the suite undoes its moves). */
export const advanceClock = defineHandler("advanceClock", (call) => {
  const { clock } = call.ctx;
  clock.set(clock.now() + call.body.advanceMs);
  return respond(call, 200, { now: isoNow(call.ctx.clock) });
});
