// Reads vitest's finished test modules into one record per check: rule id, area, outcome, time,
// skip reason, every failure message, and what the check left in its meta (advisories, leftovers,
// exchanges, its grid row).
import { stripVTControlCharacters } from "node:util";
import type { TestCase, TestModule } from "vitest/node";
import { emptyCheckMeta, readCheckMeta } from "#contracts/check-meta";
import type { CheckMeta } from "#contracts/check-meta";
import type { RunClock } from "./time-spent.ts";

export type CheckResult = {
  ruleId: string;
  area: string;
  title: string;
  file: string;
  /** The describe block around the check (`POST /api/auth/sign-out` names its operation), if any. */
  group?: string;
  state: "passed" | "failed" | "skipped";
  durationMs: number;
  /** Why it was skipped, or the first error's message when it failed. */
  reason?: string;
  /** Every failure of a failed check (soft assertions each add one), with its diff, without the exchanges the harness appends. */
  errors: string[];
  meta: CheckMeta;
};

export type RunResult = {
  checks: CheckResult[];
  unhandledErrors: string[];
  /** The run's wall-clock time and files at a time, when the reporter saw the run (not for a merge of shards). */
  clock?: RunClock;
};

const NAMED = /^\[([A-Z0-9-]+)\] (.*)$/s;

/** One result per selected check; tests left out by --only/--skip (skipped without a note) are not counted. */
export function collectResults(testModules: ReadonlyArray<TestModule>): CheckResult[] {
  const results: CheckResult[] = [];
  for (const module of testModules) {
    for (const testCase of module.children.allTests()) {
      const result = toCheckResult(testCase, module.moduleId);
      if (result !== undefined) results.push(result);
    }
  }
  return results;
}

function toCheckResult(testCase: TestCase, file: string): CheckResult | undefined {
  const outcome = testCase.result();
  if (outcome.state === "pending") return undefined;
  if (outcome.state === "skipped" && outcome.note === undefined) return undefined;
  const named = NAMED.exec(testCase.name);
  const ruleId = named?.[1] ?? "UNNAMED";
  const reason = outcome.state === "skipped" ? outcome.note : outcome.state === "failed" ? outcome.errors[0]?.message : undefined;
  const errors = outcome.state === "failed" ? outcome.errors.map((error) => withoutExchanges(error.message) + (error.diff === undefined ? "" : `\n\n${stripVTControlCharacters(error.diff)}`)) : [];
  return {
    ruleId,
    area: ruleId.split("-")[0] ?? ruleId,
    title: named?.[2] ?? testCase.name,
    file,
    ...(testCase.parent.type === "suite" ? { group: testCase.parent.name } : {}),
    state: outcome.state,
    durationMs: testCase.diagnostic()?.duration ?? 0,
    reason,
    errors,
    meta: readCheckMeta(testCase.meta()) ?? emptyCheckMeta(),
  };
}

/** The assertion's own message: the harness appends the exchanges, which the meta keeps apart. */
function withoutExchanges(message: string): string {
  return message.split(/\n\n(?:Exchanges \(\d+\)|No request was sent\.)/)[0] ?? message;
}
