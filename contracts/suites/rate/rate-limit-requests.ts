// The requests the RATE checks send: for each rule of x-rate-limits, the operation it governs and a
// harmless request to it (no body for a GET, `{}` for a POST: Better Auth counts the attempt before
// it validates the body, so nothing is created), and what a blocked answer must look like.
import { expect } from "vitest";
import { operations, rateLimitPath, rateLimitRuleFor, rateLimits } from "#openapi";
import type { Operation, RateLimitRule } from "#openapi";
import type { Actor, Exchange } from "#targets/target";

/** The operations a rule governs, easiest first (no session, GET), that have no path parameters. */
export function governedOperations(rule: RateLimitRule): Operation[] {
  const score = (op: Operation) => (op.rules.session === "none" ? 0 : 2) + (op.method === "get" ? 0 : 1);
  return operations
    .filter((op) => op.rules.rateLimit === rule.id && op.rules.devOnly !== true && op.parameterNames.length === 0)
    .filter((op) => rateLimitRuleFor(rateLimitPath(op.path) ?? "").id === rule.id)
    .sort((a, b) => score(a) - score(b));
}

/** A rate-limited operation on another path than `op`: its own bucket. */
export function anotherOperation(op: Operation): Operation {
  const other = rateLimits.rules.flatMap(governedOperations).find((candidate) => candidate.path !== op.path);
  if (other === undefined) throw new Error("Failed to find a second rate-limited path in the contract: x-rate-limits governs only one.");
  return other;
}

/** One counted attempt at an operation. */
export function attempt(actor: Actor, op: Operation): Promise<Exchange> {
  return op.method === "get" ? actor.request(op.path) : actor.request(op.path, { method: op.method.toUpperCase(), json: {} });
}

/** Sends `rule.max` attempts, each of which must get through. */
export async function useUpBucket(actor: Actor, op: Operation, rule: RateLimitRule): Promise<void> {
  for (let i = 1; i <= rule.max; i++) {
    const exchange = await attempt(actor, op);
    expect(exchange.status, `attempt ${i} of ${rule.max} within the window`).not.toBe(rateLimits.blocked.status);
  }
}

/** 429, the exact message and no code, X-Retry-After in whole seconds within the window, and no other rate-limit header. */
export function expectBlocked(exchange: Exchange, rule: RateLimitRule): void {
  expect(exchange.status, `attempt ${rule.max + 1} within the window`).toBe(rateLimits.blocked.status);
  expect(exchange.body).toEqual({ message: rateLimits.blocked.message });
  const retryAfter = exchange.headers.get(rateLimits.blocked.header);
  expect(retryAfter ?? "(no such header)", `the ${rateLimits.blocked.header} header`).toMatch(/^\d+$/);
  expect(Number(retryAfter)).toBeLessThanOrEqual(rule.window);
  const extra = [...exchange.headers.keys()].filter((name) => name === "retry-after" || name.startsWith("ratelimit"));
  expect(extra, "Retry-After and RateLimit-* headers").toEqual([]);
}
