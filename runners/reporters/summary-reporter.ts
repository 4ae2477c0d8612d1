// The summary at the end of a run: per area, checks passed/failed/skipped and time; where the time
// went; then each failure with what was sent and received; then security advisories, skips with
// their reasons, and whatever could not be cleaned up.
import type { Writable } from "node:stream";
import type { Reporter, SerializedError, TestModule } from "vitest/node";
import { collectResults } from "./collect-results.ts";
import type { RunResult } from "./collect-results.ts";
import { formatSummary } from "./format-summary.ts";

export type SummaryReporter = Reporter & {
  /** The outcome of the run, once it has ended. */
  result(): RunResult;
};

/** A reporter that prints the summary to `out` (stdout by default) when the run ends; `concurrency` is the files run at once. */
export function createSummaryReporter(options: { heading: string; out?: Writable; concurrency?: number }): SummaryReporter {
  let result: RunResult = { checks: [], unhandledErrors: [] };
  let started = performance.now();
  return {
    onTestRunStart() {
      started = performance.now();
    },
    onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>) {
      const clock = options.concurrency === undefined ? undefined : { wallMs: performance.now() - started, concurrency: options.concurrency };
      result = { checks: collectResults(testModules), unhandledErrors: unhandledErrors.map((error) => error.message), ...(clock === undefined ? {} : { clock }) };
      (options.out ?? process.stdout).write(`${formatSummary(options.heading, result)}\n`);
    },
    result: () => result,
  };
}
