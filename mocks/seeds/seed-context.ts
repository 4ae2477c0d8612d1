// The context the demo seed writes through: the mock's own store and services, with two changes.
// Its clock is pinned to each record's moment, so the clinic's history carries past timestamps as
// a real clinic's would (a message sent an hour ago, a prescription from last month) instead of
// all sharing the instant of seeding. And its realtime bus drops events: seeded messages are
// history, not news, and api.reset() must not push them to sockets that are already connected.
// The demo clinic as both record seeders see it (DemoClinic) is defined here, beside the context.
import type { MockContext } from "../core/context.ts";
import type { Realtime } from "../core/realtime.ts";
import type { PatientRecord } from "../core/store.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

export type SeedContext = {
  /** The context to hand to the services. */
  ctx: MockContext;
  /** The mock's now when seeding began: every date of the seed is relative to it. */
  now: number;
  /** Pins the clock at `epochMs`, or at `now` if that is later: nothing is dated in the future. */
  at(epochMs: number): void;
  /** Today plus `offset` days as YYYY-MM-DD, in UTC as the mock dates a prescription "today". */
  day(offset: number): string;
  /** The epoch ms of HH:mm (UTC) on today plus `offset` days. */
  moment(offset: number, time: string): number;
};

export type DemoStaffMember = { id: string; name: string; role: string };

/** What the demo records refer to: the clinic, its staff by username, its patients by name. */
export type DemoClinic = {
  organizationId: string;
  seed: SeedContext;
  staff(username: string): DemoStaffMember;
  patient(name: string): PatientRecord;
};

/** A seeding context over a mock's context; dates follow the mock clock at the time of the call. */
export function seedContext(mock: MockContext): SeedContext {
  const now = mock.clock.now();
  const midnight = now - (now % DAY_MS);
  let pinned = now;
  const clock = {
    now: () => pinned,
    advance(ms: number) {
      pinned += ms;
    },
    set(epochMs: number) {
      pinned = epochMs;
    },
  };
  const silent: Realtime = { emit() {}, subscribe: () => () => {} };
  return {
    ctx: { ...mock, clock, realtime: silent },
    now,
    at(epochMs) {
      pinned = Math.min(epochMs, now);
    },
    day: (offset) => new Date(midnight + offset * DAY_MS).toISOString().slice(0, 10),
    moment(offset, time) {
      const [hours = 0, minutes = 0] = time.split(":").map(Number);
      return midnight + offset * DAY_MS + (hours * 60 + minutes) * 60_000;
    },
  };
}
