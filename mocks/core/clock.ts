// An injectable clock: real time plus an offset, so tests move time instead of sleeping.
import type { Clock } from "../glossary.ts";

/** A clock that follows real time; `advance` and `set` move it, for everything that reads it. */
export function createClock(start?: number): Clock {
  let offset = start === undefined ? 0 : start - Date.now();
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new Error(`Failed to advance the clock: ${ms} is not a non-negative number of milliseconds.`);
      offset += ms;
    },
    set(epochMs) {
      offset = epochMs - Date.now();
    },
  };
}

/** The clock's now as an ISO string. */
export const isoNow = (clock: Clock, plusMs = 0): string => new Date(clock.now() + plusMs).toISOString();
