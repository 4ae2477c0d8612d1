// The FUZZ area's checks: one per operation, FUZZ-<OPERATION>-REQUESTS, a few generated requests of
// each kind (the `fuzz` command runs many more). A file's operations are a group of fuzz-worlds.ts
// and share one world, built on first use and deleted after the file (what cannot be deleted fails
// the file). The seed is fixed so a run is repeatable; TEMETRO_FUZZ_SEED and TEMETRO_FUZZ_CASES change it.
import { afterAll, describe } from "vitest";
import { createCleanup } from "#contracts/cleanup";
import type { Target } from "#targets/target";
import type { Operation } from "#openapi";
import { fuzzOperation } from "#contracts/fuzz/fuzz-operation";
import type { OperationResult } from "#contracts/fuzz/fuzz-operation";
import { DEFAULT_SUITE_CASES, fuzzPlan } from "#contracts/fuzz/fuzz-plan";
import { buildSharedFuzzWorld, fuzzGroupOf, worldForOperation } from "#contracts/fuzz/fuzz-worlds";
import type { FuzzGroup, SharedFuzzWorld } from "#contracts/fuzz/fuzz-worlds";
import { capabilities, check, skipCheck, targetConfig } from "#contracts/harness";
import { ruleIdPart } from "#contracts/grids/role-matrix";

const SUITE_SEED = 20_260_111;

function numberFromEnvironment(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? "");
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

function describeFailures(result: OperationResult, seed: number): string {
  return result.kinds.flatMap((kind) => {
    const failure = kind.failure;
    if (failure === undefined) return [];
    return [
      `${kind.kind} request (shrunk ${failure.shrinks} times): ${failure.request}`,
      ...failure.problems.map((problem) => `  - ${problem}`),
      `  answer: ${failure.answer}`,
      `  replay: TEMETRO_FUZZ_SEED=${seed} (fast-check seed ${failure.seed}, path "${failure.path}")`,
    ];
  }).join("\n");
}

/** One world for a file's operations, made on first use; its cleanup runs after the file. */
function sharedWorld(): (target: Target) => Promise<SharedFuzzWorld> {
  const cleanup = createCleanup();
  let shared: Promise<SharedFuzzWorld> | undefined;
  afterAll(async () => {
    const leftovers = await cleanup.run();
    if (leftovers.length > 0) throw new Error(`Failed to clean up the FUZZ world: ${leftovers.join("; ")}. Delete these by hand on the target.`);
  });
  return (target) => {
    shared ??= buildSharedFuzzWorld(target, cleanup);
    return shared;
  };
}

/**
 * verify runs the files of a URL target without a movable clock side by side: a dev write there
 * (DELETE /__dev/outbox) would empty the mailbox another file's check is waiting on.
 */
function sharedTargetReason(operation: Operation): string | undefined {
  const config = targetConfig();
  const parallel = config.kind === "url" && !config.capabilities.clock;
  return parallel && operation.rules.devOnly === true && operation.method !== "get"
    ? "the target's mailbox is read by other contract files at the same time (run `temetro-contract fuzz` for this route)"
    : undefined;
}

/** Defines the fuzz check of every operation of a group (fuzz-worlds.ts), in one world for the file. */
export function describeFuzzChecks(group: FuzzGroup): void {
  const shared = sharedWorld();
  const seed = numberFromEnvironment("TEMETRO_FUZZ_SEED", SUITE_SEED);
  const cases = numberFromEnvironment("TEMETRO_FUZZ_CASES", DEFAULT_SUITE_CASES);
  for (const planned of fuzzPlan(capabilities(), cases).filter((entry) => fuzzGroupOf(entry.operation) === group)) {
    const { operation, cap } = planned;
    const skip = planned.skip ?? sharedTargetReason(operation);
    const id = `FUZZ-${ruleIdPart(operation.operationId)}-REQUESTS`;
    const title = `answers ${cases} generated requests (valid, invalid, mutated) as the spec documents, and refused writes change nothing`;
    describe(`${operation.method.toUpperCase()} ${operation.path}`, () => {
      if (skip !== undefined) return skipCheck(id, title, skip);
      check(id, title, async ({ target, given, advise }) => {
        const { world, observer } = await worldForOperation(target, operation, () => shared(target), given);
        const result = await fuzzOperation({ target, world, cleanup: world.cleanup, observer }, operation, { cases: cap?.cases ?? cases, seed });
        for (const [advisory, { text, count }] of Object.entries(result.advisories)) advise(advisory, "low", `${text} (${count} of the generated requests)`, "Better Auth's own answer: apply the fix its advisory (or its decision) names; the generated requests that met it are counted here.");
        for (const [known, { text, count }] of Object.entries(result.known)) advise(known, "info", `Known finding, decided by the contract: ${text} (${count} of the generated requests)`, "Nothing to change on the deployment: the decision named at the end of the finding takes this answer as it comes (contracts/fuzz/known-disagreements.ts).");
        const failures = describeFailures(result, seed);
        if (failures !== "") throw new Error(`Failed the contract for generated requests to ${operation.operationId}:\n${failures}`);
      });
    });
  }
}
