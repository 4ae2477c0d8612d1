// Which operations a target can be fuzzed on, and one operation fuzzed in a world of its own (so
// one operation's accepted writes, a deleted clinic or a signed-out owner, never starve another's).
import { operations, rateLimitRule } from "#openapi";
import type { Operation } from "#openapi";
import { createCleanup } from "../cleanup.ts";
import type { Target, TargetCapabilities } from "#targets/target";
import { fuzzOperation } from "./fuzz-operation.ts";
import type { OperationResult } from "./fuzz-operation.ts";

export type { OperationResult };
import { buildFuzzWorld } from "./fuzz-world.ts";
import { createObserver } from "./state-snapshot.ts";

export type PlannedOperation = { operation: Operation; skip?: string; /** Fewer cases than asked, and why. */ cap?: { cases: number; reason: string } };

/**
 * Operations whose accepted requests take the world apart (its clinic, a member, an account, a
 * seeded record) for every operation after them: never fuzzed in the world the others share (the
 * `fuzz` command gives each its own; a suite run, see CLINIC_CHANGING and RECORD_DELETING). Signing
 * out, revoking sessions, moving the active clinic and changing passwords are undone or tracked
 * (case-effects.ts), so those can share.
 */
export const WORLD_CHANGING: ReadonlySet<string> = new Set([
  "deleteOrganization", "leaveOrganization", "removeMember", "updateMemberRole", "deleteUser",
  "deletePatient", "deleteAppointment", "deletePrescription", "deleteTask",
]);

/**
 * The world-changing operations that only take apart the clinic they are sent to: a suite run
 * fuzzes them in a second clinic of the shared world's people (secondClinicOf).
 */
export const CLINIC_CHANGING: ReadonlySet<string> = new Set(["deleteOrganization", "leaveOrganization", "removeMember", "updateMemberRole"]);

/** The world-changing operations that only take apart the records they name: a suite run gives them records of their own in the shared world. */
export const RECORD_DELETING: ReadonlySet<string> = new Set(["deletePatient", "deleteAppointment", "deletePrescription", "deleteTask"]);

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

/** Fuzzes the operation in a world of its own, then deletes that world; returns what could not be deleted as leftovers. */
export async function fuzzInNewWorld(target: Target, operation: Operation, options: { cases: number; seed: number }): Promise<{ result: OperationResult; leftovers: string[] }> {
  const cleanup = createCleanup();
  let result: OperationResult;
  try {
    const world = await buildFuzzWorld({ target, cleanup });
    const observer = await createObserver(target, world);
    result = await fuzzOperation({ target, world, cleanup, observer }, operation, options);
  } catch (error) {
    await cleanup.run();
    throw error;
  }
  return { result, leftovers: await cleanup.run() };
}
