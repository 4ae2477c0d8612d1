// Which operations a target can be fuzzed on, and with how many cases (where each is fuzzed:
// fuzz-worlds.ts).
import { operations, rateLimitRule } from "#openapi";
import type { Operation } from "#openapi";
import type { TargetCapabilities } from "#targets/target";
import type { OperationResult } from "./fuzz-operation.ts";

export type { OperationResult };

export type PlannedOperation = { operation: Operation; skip?: string; /** Fewer cases than asked, and why. */ cap?: { cases: number; reason: string } };

/** Cases per operation when nothing says otherwise: `verify` stays quick, `fuzz` goes further. */
export const DEFAULT_SUITE_CASES = 12;
export const DEFAULT_COMMAND_CASES = 100;

/** Why an operation cannot be fuzzed on a target with these capabilities, or undefined. */
export function skipReason(operation: Operation, capabilities: TargetCapabilities): string | undefined {
  if (operation.path === "/__dev/clock" && !capabilities.clock) return "the target has no movable clock (GET /__dev/clock is not served)";
  if (operation.path === "/__dev/outbox" && !capabilities.mailbox) return "the target has no readable mailbox (GET /__dev/outbox is not served)";
  if (capabilities.safe && operation.rules.devOnly === true && operation.method !== "get") return "safe mode: it would change the target's shared clock or mailbox";
  return undefined;
}

/**
 * In safe mode on a target that does not take the client IP from X-Forwarded-For, every request
 * counts against one bucket: an operation with a rate limit gets fewer cases than its window allows.
 */
export function rateLimitCap(operation: Operation, capabilities: TargetCapabilities, cases: number): PlannedOperation["cap"] {
  if (!capabilities.safe || capabilities.forwardedForTrusted || operation.rules.rateLimit === undefined) return undefined;
  const rule = rateLimitRule(operation.rules.rateLimit);
  const allowed = Math.max(1, Math.floor(rule.max / 2));
  return allowed >= cases ? undefined : { cases: allowed, reason: `safe mode without a per-client IP: half of ${rule.id}'s ${rule.max} per ${rule.window} s` };
}

/** Every operation of the contract, with the reason where it is skipped or capped on this target. */
export function fuzzPlan(capabilities: TargetCapabilities, cases = DEFAULT_COMMAND_CASES): PlannedOperation[] {
  return operations.map((operation) => {
    const skip = skipReason(operation, capabilities);
    if (skip !== undefined) return { operation, skip };
    const cap = rateLimitCap(operation, capabilities, cases);
    return cap === undefined ? { operation } : { operation, cap };
  });
}
