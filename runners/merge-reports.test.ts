// merge-reports: the shards' JSON reports make the whole run's report, check for check; reports
// that are not the shards of one run are refused with a readable error.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { UsageError } from "./errors.ts";
import { mergeReports, readReport } from "./merge-reports.ts";
import { fixtureReport, fixtureRun } from "./testing/report-fixture.ts";

const checks = fixtureRun().checks;
const firstHalf = checks.slice(0, 3);
const secondHalf = checks.slice(3);
const shard = (index: number, of: typeof checks, count = 2) =>
  fixtureReport({ index, count, checks: of, startedAt: new Date(`2026-12-06T10:00:0${index}.000Z`), durationMs: 8_000 });

test("merges the shards into the whole run's report: every check once, areas, totals, verdict and time spent", () => {
  const whole = fixtureReport();
  const merged = mergeReports([shard(2, secondHalf), shard(1, firstHalf)]);
  const byRule = (report: typeof whole) => Object.fromEntries(report.checks.map((check) => [check.ruleId, check]));
  expect(byRule(merged)).toEqual(byRule(whole));
  expect(merged.areas).toEqual(whole.areas);
  expect(merged.timing).toEqual(whole.timing);
  expect(merged.timing?.states).toEqual([{ name: "a signed-in user with no clinic", builds: 1, totalMs: 4.3 }]);
  expect(merged.run).toMatchObject({ verdict: "fails", totals: whole.run.totals, mergedFrom: 2, startedAt: "2026-12-06T10:00:01.000Z", durationMs: 9_000 });
  expect(merged.run.shard).toBeUndefined();
});

test("refuses overlapping reports, a shard given twice, a missing shard, and shards of another count", () => {
  expect(() => mergeReports([fixtureReport(), fixtureReport()])).toThrow("PATIENTS-ROLES-DELETE-PATIENT (contracts/suites/x.contract.ts) is in more than one of them");
  expect(() => mergeReports([shard(1, firstHalf), shard(1, secondHalf)])).toThrow("a shard is given twice");
  expect(() => mergeReports([shard(1, firstHalf)])).toThrow("Failed to merge reports: shard 2/2 is missing.");
  expect(() => mergeReports([shard(1, firstHalf), shard(2, secondHalf, 3)])).toThrow("they are not the shards of one run (1/2, 2/3)");
});

test("refuses reports of different targets or selections", () => {
  const other = shard(2, secondHalf);
  expect(() => mergeReports([shard(1, firstHalf), { ...other, run: { ...other.run, target: { kind: "in-process", url: null, label: "the in-process mock" } } }])).toThrow("they checked different targets");
  expect(() => mergeReports([shard(1, firstHalf), { ...other, run: { ...other.run, selection: { only: ["RATE"], skip: [] } } }])).toThrow("their --only/--skip differ");
});

test("reads a shard's folder or file, and refuses what is not a report", () => {
  const folder = mkdtempSync(join(tmpdir(), "temetro-merge-"));
  writeFileSync(join(folder, "temetro-contract.json"), JSON.stringify(shard(1, firstHalf)));
  expect(readReport(folder).run.shard).toEqual({ index: 1, count: 2 });
  writeFileSync(join(folder, "vitest.json"), JSON.stringify({ testResults: [] }));
  expect(() => readReport(join(folder, "vitest.json"))).toThrow(UsageError);
  expect(() => readReport(join(folder, "vitest.json"))).toThrow("it is not a temetro-contract JSON report");
  writeFileSync(join(folder, "broken.json"), "{");
  expect(() => readReport(join(folder, "broken.json"))).toThrow("it is not JSON");
});
