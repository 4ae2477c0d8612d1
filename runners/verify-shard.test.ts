// `verify --shard 1/2` and `--shard 2/2` together run every selected check exactly once, and
// `merge-reports` makes of their JSON reports the report of the unsharded run, check for check.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { readReport } from "./merge-reports.ts";
import type { ReportCheck } from "./reporters/report-schema.ts";
import { runCli } from "./testing/broken-target.ts";

const folder = mkdtempSync(join(tmpdir(), "temetro-shards-"));
const at = (name: string) => join(folder, name);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What a check's outcome is, without what differs between two runs of it (times, generated e-mails in exchanges). */
const outcome = (check: ReportCheck) => ({
  file: check.file,
  ruleId: check.ruleId,
  title: check.title,
  group: check.group,
  operation: check.operation,
  decisions: check.decisions,
  status: check.status,
  skipReason: check.skipReason,
  failures: check.failures.length,
  advisories: check.advisories.map(({ id, severity }) => `${id} ${severity}`),
  leftovers: check.leftovers,
  states: (check.states ?? []).map((state) => state.name),
});
const byKey = (checks: ReportCheck[]) => Object.fromEntries(checks.map((check) => [`${check.file} ${check.ruleId} ${check.title}`, outcome(check)]));

test("two shards run every check once and merge into the unsharded run's report", { timeout: 300_000 }, async () => {
  const selection = ["--only", "SESSION,ERRORS", "--reporter", "json"];
  const runs = await Promise.all([
    runCli(["verify", ...selection, "--output", at("whole")]),
    runCli(["verify", ...selection, "--shard", "1/2", "--output", at("shard-1")]),
    runCli(["verify", ...selection, "--shard", "2/2", "--output", at("shard-2")]),
  ]);
  for (const run of runs) expect(run.code, run.stderr).toBe(0);
  const whole = readReport(at("whole"));
  const shards = [readReport(at("shard-1")), readReport(at("shard-2"))];
  const ran = shards.flatMap((shard) => shard.checks.map((check) => `${check.file} ${check.ruleId}`));
  expect(new Set(ran).size, "checks run by both shards").toBe(ran.length);
  expect(ran.sort()).toEqual(whole.checks.map((check) => `${check.file} ${check.ruleId}`).sort());
  expect(shards.map((shard) => shard.run.shard)).toEqual([{ index: 1, count: 2 }, { index: 2, count: 2 }]);
  // vitest shards by a hash of each file's path: both parts hold SESSION and ERRORS files.
  expect(shards.map((shard) => shard.checks.length > 0)).toEqual([true, true]);

  const merging = await runCli(["merge-reports", "--output", at("merged"), at("shard-2"), at("shard-1")]);
  expect(merging.code, merging.stderr).toBe(0);
  expect(merging.stdout).toMatch(new RegExp(`^Total +${whole.run.totals.passed} +${whole.run.totals.failed} +${whole.run.totals.skipped} `, "m"));
  expect(merging.stdout).toMatch(/Wrote the JSON report: .*merged.temetro-contract\.json/);
  const merged = readReport(at("merged"));
  expect(byKey(merged.checks)).toEqual(byKey(whole.checks));
  expect(merged.run.totals).toEqual(whole.run.totals);
  expect(merged.run.verdict).toBe(whole.run.verdict);
  expect(merged.areas.map(({ durationMs: _, ...area }) => area)).toEqual(whole.areas.map(({ durationMs: _, ...area }) => area));
  // A shared state is built once per worker in-process, so its builds follow how the files fell on workers.
  const builds = (report: typeof whole) => report.timing?.states.filter((state) => state.shared !== true).map((state) => [state.name, state.builds]) ?? [];
  expect(builds(merged)).toEqual(expect.arrayContaining(builds(whole)));
});
