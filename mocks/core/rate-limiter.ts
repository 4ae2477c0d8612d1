// Better Auth's rate limiter over the rules data (x-rate-limits): per client IP + path, every
// attempt counted, the window measured from the last allowed request.
import { rateLimitRuleFor, type RateLimitRule } from "#openapi";
import type { Clock } from "../glossary.ts";

type Counter = { count: number; lastRequest: number; expiresAt: number };

/** Below this many counters nothing is swept; above, a sweep runs each time the count doubles (amortised O(1)). */
const SWEEP_FLOOR = 1024;

export type RateLimitDecision = { allowed: true; rule: RateLimitRule } | { allowed: false; rule: RateLimitRule; retryAfter: number };

export type RateLimiter = {
  /** Counts one request to an auth path (below /api/auth) from an IP. */
  consume(ip: string, authPath: string): RateLimitDecision;
  reset(): void;
  /** How many counters are held: those whose window is over are dropped, so a mock serving many clients stays bounded. */
  size(): number;
};

/** A rate limiter reading time from the mock's clock. */
export function createRateLimiter(clock: Clock): RateLimiter {
  const counters = new Map<string, Counter>();
  let nextSweep = SWEEP_FLOOR;
  const sweep = (now: number) => {
    for (const [key, counter] of counters) if (now >= counter.expiresAt) counters.delete(key);
    nextSweep = Math.max(SWEEP_FLOOR, counters.size * 2);
  };
  return {
    consume(ip, authPath) {
      const rule = rateLimitRuleFor(authPath);
      const key = `${ip}|${authPath}`;
      const now = clock.now();
      const windowMs = rule.window * 1000;
      const counter = counters.get(key);
      if (counter === undefined || now - counter.lastRequest >= windowMs) {
        counters.set(key, { count: 1, lastRequest: now, expiresAt: now + windowMs });
        if (counters.size >= nextSweep) sweep(now);
        return { allowed: true, rule };
      }
      if (counter.count >= rule.max) {
        return { allowed: false, rule, retryAfter: Math.ceil((counter.lastRequest + windowMs - now) / 1000) };
      }
      counters.set(key, { count: counter.count + 1, lastRequest: now, expiresAt: now + windowMs });
      return { allowed: true, rule };
    },
    reset: () => {
      counters.clear();
      nextSweep = SWEEP_FLOOR;
    },
    size: () => counters.size,
  };
}
