// Better Auth's rate limiter over the rules data (x-rate-limits): per client IP + path, every
// attempt counted, the window measured from the last allowed request.
import { rateLimitRuleFor, type RateLimitRule } from "#openapi";
import type { Clock } from "../glossary.ts";

type Counter = { count: number; lastRequest: number };

export type RateLimitDecision = { allowed: true; rule: RateLimitRule } | { allowed: false; rule: RateLimitRule; retryAfter: number };

export type RateLimiter = {
  /** Counts one request to an auth path (below /api/auth) from an IP. */
  consume(ip: string, authPath: string): RateLimitDecision;
  reset(): void;
};

/** A rate limiter reading time from the mock's clock. */
export function createRateLimiter(clock: Clock): RateLimiter {
  const counters = new Map<string, Counter>();
  return {
    consume(ip, authPath) {
      const rule = rateLimitRuleFor(authPath);
      const key = `${ip}|${authPath}`;
      const now = clock.now();
      const windowMs = rule.window * 1000;
      const counter = counters.get(key);
      if (counter === undefined || now - counter.lastRequest >= windowMs) {
        counters.set(key, { count: 1, lastRequest: now });
        return { allowed: true, rule };
      }
      if (counter.count >= rule.max) {
        return { allowed: false, rule, retryAfter: Math.ceil((counter.lastRequest + windowMs - now) / 1000) };
      }
      counters.set(key, { count: counter.count + 1, lastRequest: now });
      return { allowed: true, rule };
    },
    reset: () => counters.clear(),
  };
}
