// merge-reports: the JSON reports of a sharded run (`verify --shard i/n --reporter json`) read back
// and merged into the report of the whole run — every check once, the areas, totals, verdict and
// where the time went computed again from the checks — so the JUnit, JSON and HTML files and the
// summary are written as if one machine had run everything.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { UsageError } from "./errors.ts";
import { assembleReport } from "./reporters/build-report.ts";
import type { CheckResult, RunResult } from "./reporters/collect-results.ts";
import { formatSummary } from "./reporters/format-summary.ts";
import { checkOutputDirectory, REPORT_FILES } from "./reporters/report-output.ts";
import type { ReportFormat } from "./reporters/report-output.ts";
import { reportSchema } from "./reporters/report-schema.ts";
import type { Report, ReportCheck } from "./reporters/report-schema.ts";
import { shardLabel } from "./shard.ts";

/** Reads a shard's JSON report: a folder verify wrote into (its temetro-contract.json), or the file itself. */
export function readReport(path: string): Report {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, REPORT_FILES.json) : path;
  if (!existsSync(file)) throw new UsageError(`Failed to read the report ${file}: there is no such file. Pass the --output folder of each \`verify --shard i/n --reporter json\` run, or its ${REPORT_FILES.json}.`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`Failed to read the report ${file}: it is not JSON (${error instanceof Error ? error.message : String(error)}). Pass the JSON report verify wrote.`);
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`Failed to read the report ${file}: it is not a temetro-contract JSON report (${z.prettifyError(parsed.error).split("\n").slice(0, 4).join("; ")}). Pass the JSON report verify wrote.`);
  return parsed.data;
}

/** The report of the whole run from the reports of its shards; throws UsageError when they are not the shards of one run. */
export function mergeReports(reports: readonly Report[]): Report {
  const [first] = reports;
  if (first === undefined) throw new UsageError("Failed to merge reports: none was given. Pass the report folder of every shard.");
  checkOneRun(reports, first);
  const checks = reports.flatMap((report) => report.checks);
  const seen = new Set<string>();
  for (const check of checks) {
    const key = `${check.file} ${check.ruleId} ${check.title}`;
    if (seen.has(key)) throw new UsageError(`Failed to merge reports: ${check.ruleId} (${check.file}) is in more than one of them. Pass each shard's report once, all from one sharded run.`);
    seen.add(key);
  }
  const starts = reports.map((report) => Date.parse(report.run.startedAt));
  const ends = reports.map((report, index) => (starts[index] ?? 0) + report.run.durationMs);
  const startedAt = Math.min(...starts);
  const { shard: _shard, verdict: _verdict, totals: _totals, ...header } = first.run;
  return assembleReport(
    { ...header, startedAt: new Date(startedAt).toISOString(), durationMs: Math.max(...ends) - startedAt, mergedFrom: reports.length },
    [...checks].sort(byFile),
    reports.flatMap((report) => report.unhandledErrors),
  );
}

/** Same target and selection, and, when the reports say which shard they are, every shard of one count exactly once. */
function checkOneRun(reports: readonly Report[], first: Report): void {
  for (const report of reports) {
    if (report.run.target.label !== first.run.target.label) {
      throw new UsageError(`Failed to merge reports: they checked different targets (${first.run.target.label}, ${report.run.target.label}). Merge the shards of one run.`);
    }
    if (JSON.stringify(report.run.selection) !== JSON.stringify(first.run.selection)) {
      throw new UsageError("Failed to merge reports: their --only/--skip differ. Run every shard with the same selection.");
    }
  }
  const shards = reports.map((report) => report.run.shard);
  if (shards.every((shard) => shard === undefined)) return;
  const count = shards[0]?.count;
  if (count === undefined || shards.some((shard) => shard === undefined || shard.count !== count)) {
    throw new UsageError(`Failed to merge reports: they are not the shards of one run (${shards.map((shard) => (shard === undefined ? "a whole run" : shardLabel(shard))).join(", ")}). Pass the reports of --shard 1/n … n/n.`);
  }
  const indexes = new Set(shards.map((shard) => shard?.index));
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !indexes.has(index));
  if (indexes.size !== shards.length) throw new UsageError("Failed to merge reports: a shard is given twice. Pass each shard's report once.");
  if (missing.length > 0) throw new UsageError(`Failed to merge reports: shard ${missing.map((index) => `${index}/${count}`).join(", ")} is missing. Pass the report of every shard, or the merged report would leave its checks out.`);
}

/** Files in path order, each file's checks in the order they ran. */
function byFile(a: ReportCheck, b: ReportCheck): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

export type MergeOptions = { paths: string[]; reporters: ReportFormat[]; outputDir: string; out: NodeJS.WritableStream };

/** `temetro-contract merge-reports`: reads, merges, prints the merged summary, writes the reports; resolves to the exit code of the whole run. */
export async function mergeReportFiles(options: MergeOptions): Promise<number> {
  if (options.paths.length === 0) throw new UsageError("Failed to merge reports: none was given. Pass the --output folder of every shard: temetro-contract merge-reports shard-1 shard-2.");
  for (const path of options.paths) {
    if (resolve(path) === options.outputDir) throw new UsageError(`Failed to merge reports: --output ${options.outputDir} is one of the shards' folders, and the merged report would overwrite that shard's. Pass another folder.`);
  }
  checkOutputDirectory(options.outputDir, options.outputDir);
  const merged = mergeReports(options.paths.map(readReport));
  const heading = `temetro-contract merge-reports: ${merged.run.target.label}, ${options.paths.length} shard reports`;
  options.out.write(`${formatSummary(heading, runResultOf(merged))}\n`);
  const { writeReports } = await import("./reporters/write-reports.ts");
  for (const line of writeReports(merged, options.reporters, options.outputDir)) options.out.write(`${line}\n`);
  return merged.run.verdict === "fails" ? 1 : 0;
}

/** A report's checks as the summary reads a live run's results. */
export function runResultOf(report: Report): RunResult {
  const checks = report.checks.map((check): CheckResult => ({
    ruleId: check.ruleId,
    area: check.area,
    title: check.title,
    file: check.file,
    ...(check.group === null ? {} : { group: check.group }),
    state: check.status,
    durationMs: check.durationMs,
    reason: check.status === "failed" ? check.failures[0] : check.status === "skipped" ? (check.skipReason ?? undefined) : undefined,
    errors: check.failures,
    meta: {
      advisories: check.advisories,
      leftovers: check.leftovers,
      exchanges: check.exchanges,
      ...(check.skipReason === null ? {} : { skipReason: check.skipReason }),
      ...(check.grid === null ? {} : { grid: check.grid }),
      states: check.states ?? [],
    },
  }));
  return { checks, unhandledErrors: report.unhandledErrors };
}
