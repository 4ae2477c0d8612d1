// The FUZZ area's checks: one per operation, FUZZ-<OPERATION>-REQUESTS, a few generated requests of
// each kind (the `fuzz` command runs many more). The operations of a file share one world, built on
// first use and deleted after the file (what cannot be deleted fails the file); an operation that
// takes a clinic apart gets a second clinic of the world's people, one that deletes accounts a world
// of its own, and one that deletes the records it names gets records of its own in the file's
// world. The seed is fixed so a run is repeatable; TEMETRO_FUZZ_SEED and TEMETRO_FUZZ_CASES change it.
import { afterAll, describe } from "vitest";
import { createCleanup } from "#contracts/cleanup";
import type { FuzzWorld } from "#contracts/fuzz/fuzz-world";
import { buildFuzzWorld } from "#contracts/fuzz/fuzz-world";
import type { Observer } from "#contracts/fuzz/state-snapshot";
import type { Target } from "#targets/target";
import type { Operation } from "#openapi";
import { fuzzOperation } from "#contracts/fuzz/fuzz-operation";
import type { OperationResult } from "#contracts/fuzz/fuzz-operation";
import { CLINIC_CHANGING, DEFAULT_SUITE_CASES, fuzzPlan, RECORD_DELETING, WORLD_CHANGING } from "#contracts/fuzz/fuzz-plan";
import { fuzzWorld, secondClinicOf, withRecordsOfItsOwn } from "#contracts/fuzz/fuzz-world";
import { createObserver } from "#contracts/fuzz/state-snapshot";
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

type SharedWorld = { world: FuzzWorld; observer: Observer };

/** One world for a file's operations, made on first use; its cleanup runs after the file. */
function sharedWorld(): (target: Target) => Promise<SharedWorld> {
  const cleanup = createCleanup();
  let shared: Promise<SharedWorld> | undefined;
  afterAll(async () => {
    const leftovers = await cleanup.run();
    if (leftovers.length > 0) throw new Error(`Failed to clean up the FUZZ world: ${leftovers.join("; ")}. Delete these by hand on the target.`);
  });
  return (target) => {
    shared ??= buildFuzzWorld({ target, cleanup }).then(async (world) => ({ world, observer: await createObserver(target, world) }));
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

/** Defines the fuzz check of every operation `select` picks. */
export function describeFuzzChecks(select: (operation: Operation) => boolean): void {
  const shared = sharedWorld();
  const seed = numberFromEnvironment("TEMETRO_FUZZ_SEED", SUITE_SEED);
  const cases = numberFromEnvironment("TEMETRO_FUZZ_CASES", DEFAULT_SUITE_CASES);
  for (const planned of fuzzPlan(capabilities(), cases).filter((entry) => select(entry.operation))) {
    const { operation, cap } = planned;
    const skip = planned.skip ?? sharedTargetReason(operation);
    const id = `FUZZ-${ruleIdPart(operation.operationId)}-REQUESTS`;
    const title = `answers ${cases} generated requests (valid, invalid, mutated) as the spec documents, and refused writes change nothing`;
    describe(`${operation.method.toUpperCase()} ${operation.path}`, () => {
      if (skip !== undefined) return skipCheck(id, title, skip);
      check(id, title, async ({ target, given, advise }) => {
        const { operationId } = operation;
        const own = WORLD_CHANGING.has(operationId) && !RECORD_DELETING.has(operationId);
        const world = !own ? (await shared(target)).world
          : CLINIC_CHANGING.has(operationId) ? await given(secondClinicOf((await shared(target)).world))
          : await given(fuzzWorld);
        const observer = own ? await createObserver(target, world) : (await shared(target)).observer;
        // An operation that deletes the records it names gets records of its own in the file's world.
        const fuzzed = RECORD_DELETING.has(operationId) ? await withRecordsOfItsOwn(world) : world;
        const result = await fuzzOperation({ target, world: fuzzed, cleanup: world.cleanup, observer }, operation, { cases: cap?.cases ?? cases, seed });
        for (const [advisory, { text, count }] of Object.entries(result.advisories)) advise(advisory, "low", `${text} (${count} of the generated requests)`, "Better Auth's own answer: apply the fix its advisory (or its decision) names; the generated requests that met it are counted here.");
        for (const [known, { text, count }] of Object.entries(result.known)) advise(known, "info", `Known finding, decided by the contract: ${text} (${count} of the generated requests)`, "Nothing to change on the deployment: the decision named at the end of the finding takes this answer as it comes (contracts/fuzz/known-disagreements.ts).");
        const failures = describeFailures(result, seed);
        if (failures !== "") throw new Error(`Failed the contract for generated requests to ${operation.operationId}:\n${failures}`);
      });
    });
  }
}
