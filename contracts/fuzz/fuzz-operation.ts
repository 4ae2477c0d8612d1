// Fuzzes one operation: for each kind of case (valid, invalid, mutated) a fast-check run of
// generated requests against the target, each answer checked, refused writes checked to change
// nothing; a failure is shrunk to the smallest request that still fails and reported with its seed.
import fc from "fast-check";
import type { Operation } from "#openapi";
import type { Cleanup } from "../cleanup.ts";
import type { Exchange, Target } from "#targets/target";
import { recordEffects } from "./case-effects.ts";
import { knownDisagreement } from "./known-disagreements.ts";
import { invalidCases, mutatedCases, validCases } from "./fuzz-cases.ts";
import type { CaseKind, FuzzCase } from "./fuzz-cases.ts";
import type { FuzzWorld } from "./fuzz-world.ts";
import { operationInputs } from "./operation-inputs.ts";
import { addressedOperation, checkResponse } from "./response-checks.ts";
import { sendCase } from "./send-case.ts";
import { snapshotDifferences } from "./state-snapshot.ts";
import type { Observer, Snapshot } from "./state-snapshot.ts";

export type FuzzContext = { target: Target; world: FuzzWorld; cleanup: Cleanup; observer: Observer };

export type FuzzFailure = {
  /** The smallest failing request fast-check found, as fast-check prints it. */
  request: string;
  problems: string[];
  /** The answer to that request: status and the start of the body. */
  answer: string;
  seed: number;
  /** fast-check's path to the counterexample (replay with seed and path). */
  path: string;
  shrinks: number;
};

export type KindResult = { kind: CaseKind; runs: number; failure?: FuzzFailure; skipped?: string };
export type Tally = Record<string, { text: string; count: number }>;
/** `advisories`: the known Better Auth faults met; `known`: cases that failed only by a known disagreement (known-disagreements.ts). */
export type OperationResult = { operationId: string; kinds: KindResult[]; advisories: Tally; known: Tally };

function count(tally: Tally, id: string, text: string): void {
  tally[id] = { text, count: (tally[id]?.count ?? 0) + 1 };
}

/** How many of an operation's cases each kind gets. */
export function splitCases(cases: number, hasInvalid: boolean): Record<CaseKind, number> {
  if (!hasInvalid) return { valid: Math.ceil(cases * 0.55), invalid: 0, mutated: Math.max(1, Math.floor(cases * 0.45)) };
  return { valid: Math.ceil(cases * 0.4), invalid: Math.max(1, Math.round(cases * 0.3)), mutated: Math.max(1, cases - Math.ceil(cases * 0.4) - Math.round(cases * 0.3)) };
}

/** A 31-bit seed for one operation and kind, derived from the run's seed (so one printed seed replays everything). */
export function derivedSeed(seed: number, operationId: string, kind: CaseKind): number {
  let hash = seed | 0;
  for (const char of `${operationId}:${kind}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x5bd1e995) >>> 0;
  return hash & 0x7fffffff;
}

class CaseFailure extends Error {
  readonly problems: string[];
  readonly answer: string;
  constructor(problems: string[], exchange: Exchange) {
    super(problems.join("; "));
    this.problems = problems;
    this.answer = `${exchange.status} ${exchange.headers.get("content-type") ?? "(no content type)"} ${exchange.text === "" ? "(empty)" : exchange.text.slice(0, 300)}`;
  }
}

/**
 * The snapshot a refused case took after its request. Nothing reaches the world between it and the
 * next case's request (effects are recorded for accepted requests only), so it is that case's
 * snapshot before: one read of the observer fewer per refused case. Kept for one operation's run.
 */
type CarriedSnapshot = { snapshot?: Snapshot };

async function runCase(context: FuzzContext, operation: Operation, fuzzCase: FuzzCase, tallies: Pick<OperationResult, "advisories" | "known">, carried: CarriedSnapshot): Promise<void> {
  const reads = context.observer.readsFor(operation);
  const previous = carried.snapshot;
  carried.snapshot = undefined;
  const before = reads.length > 0 ? previous ?? await context.observer.take(reads) : undefined;
  const exchange = await sendCase(context, fuzzCase);
  const verdict = checkResponse(fuzzCase, exchange);
  const problems = [...verdict.problems];
  if (verdict.advisory !== undefined) count(tallies.advisories, verdict.advisory.id, verdict.advisory.text);
  // A server may route "/path/" as "/path": its effects count the same.
  const effective = addressedOperation(fuzzCase.method, fuzzCase.path) ?? addressedOperation(fuzzCase.method, fuzzCase.path.replace(/\/(\?|$)/, "$1"));
  await recordEffects(context, fuzzCase, exchange, effective);
  if (before !== undefined && exchange.status >= 400) {
    const after = await context.observer.take(reads);
    carried.snapshot = after;
    problems.push(...snapshotDifferences(before, after).map((line) => `refused with ${exchange.status}, yet ${line}`));
  }
  const known = knownDisagreement(fuzzCase, exchange, problems);
  if (known !== undefined) return count(tallies.known, known.id, known.text);
  if (problems.length > 0) throw new CaseFailure(problems, exchange);
}

async function runKind(context: FuzzContext, operation: Operation, kind: CaseKind, arbitrary: fc.Arbitrary<FuzzCase>, runs: number, seed: number, tallies: Pick<OperationResult, "advisories" | "known">, carried: CarriedSnapshot): Promise<KindResult> {
  const kindSeed = derivedSeed(seed, operation.operationId, kind);
  const property = fc.asyncProperty(arbitrary, (fuzzCase) => runCase(context, operation, fuzzCase, tallies, carried));
  const details = await fc.check(property, { numRuns: runs, seed: kindSeed, maxSkipsPerRun: 1000 });
  if (!details.failed) return { kind, runs: details.numRuns };
  const error = details.errorInstance;
  return {
    kind,
    runs: details.numRuns,
    failure: {
      request: details.counterexample === null ? "(none)" : fc.stringify(details.counterexample[0]),
      problems: error instanceof CaseFailure ? error.problems : [error instanceof Error ? error.message : String(error)],
      answer: error instanceof CaseFailure ? error.answer : "(no answer: the request could not be sent)",
      seed: kindSeed,
      path: details.counterexamplePath ?? "",
      shrinks: details.numShrinks,
    },
  };
}

/** Fuzzes one operation with `cases` generated requests in all. */
export async function fuzzOperation(context: FuzzContext, operation: Operation, options: { cases: number; seed: number }): Promise<OperationResult> {
  const inputs = operationInputs(operation);
  const invalid = invalidCases(operation, inputs, context.world);
  const counts = splitCases(options.cases, invalid !== undefined);
  const arbitraries: Record<CaseKind, fc.Arbitrary<FuzzCase> | undefined> = {
    valid: validCases(operation, inputs, context.world),
    invalid,
    mutated: mutatedCases(operation, inputs, context.world, context.target.frontendOrigin),
  };
  const tallies: Pick<OperationResult, "advisories" | "known"> = { advisories: {}, known: {} };
  const kinds: KindResult[] = [];
  const carried: CarriedSnapshot = {};
  for (const kind of ["valid", "invalid", "mutated"] as const) {
    const arbitrary = arbitraries[kind];
    if (arbitrary === undefined) kinds.push({ kind, runs: 0, skipped: "the operation takes no input a request could get wrong" });
    else kinds.push(await runKind(context, operation, kind, arbitrary, counts[kind], options.seed, tallies, carried));
  }
  return { operationId: operation.operationId, kinds, ...tallies };
}
