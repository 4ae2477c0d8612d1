// Timestamps that never repeat within one mock: messages and read marks are compared by time, and
// two events in the same millisecond must still come in order (PostgreSQL keeps microseconds).
import type { MockContext } from "../core/context.ts";

const last = new WeakMap<MockContext, number>();

/** The mock clock's now as ISO, at least one millisecond after the previous call's. */
export function monotonicIso(ctx: MockContext): string {
  const now = Math.max(ctx.clock.now(), (last.get(ctx) ?? 0) + 1);
  last.set(ctx, now);
  return new Date(now).toISOString();
}
