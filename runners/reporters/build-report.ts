// The report every format is written from: the run as verify saw it, a row per area, and each
// check with its operation and the decisions it cites. One model, so HTML, JSON and JUnit carry
// the same facts.
import { relative } from "node:path";
import { version as vitestVersion } from "vitest/node";
import { getOperation } from "#openapi";
import { DEFAULT_PROFILE } from "#targets/profiles";
import type { Operation } from "#openapi";
import type { CheckResult, RunResult } from "./collect-results.ts";
import { decisionsCited, operationNamed, packageRoot, packageVersion } from "./package-sources.ts";
import { REPORT_FORMAT } from "./report-schema.ts";
import type { Report, ReportArea, ReportCheck, ReportRun } from "./report-schema.ts";
import { timeSpent } from "./time-spent.ts";

/** What verify knows about the run beside the results. */
export type RunInfo = Pick<ReportRun, "target" | "capabilities" | "selection" | "concurrency" | "shard"> & { startedAt: Date; durationMs: number };

/** The run as it was set up, before its checks are counted. */
export type RunHeader = Omit<ReportRun, "verdict" | "totals">;

/** The report of a finished run. */
export function buildReport(run: RunResult, info: RunInfo): Report {
  const header: RunHeader = {
    target: info.target,
    startedAt: info.startedAt.toISOString(),
    durationMs: Math.round(info.durationMs),
    versions: { package: packageVersion(), node: process.version, vitest: vitestVersion },
    capabilities: info.capabilities,
    selection: info.selection,
    ...(info.concurrency === undefined ? {} : { concurrency: info.concurrency }),
    ...(info.shard === undefined ? {} : { shard: info.shard }),
  };
  // Operations and decisions are temetro's; another profile's checks are reported without them.
  const ofTemetro = (info.target.profile ?? DEFAULT_PROFILE) === DEFAULT_PROFILE;
  return assembleReport(header, run.checks.map((check) => toReportCheck(check, ofTemetro)), run.unhandledErrors);
}

/** A report from its run header and checks: the verdict, totals, areas and time spent are computed from the checks (as a merge recomputes them). */
export function assembleReport(header: RunHeader, checks: ReportCheck[], unhandledErrors: string[]): Report {
  const count = (status: ReportCheck["status"]) => checks.filter((check) => check.status === status).length;
  const failed = count("failed") > 0 || unhandledErrors.length > 0;
  return {
    format: REPORT_FORMAT,
    run: {
      ...header,
      verdict: failed ? "fails" : "conforms",
      totals: {
        checks: checks.length,
        passed: count("passed"),
        failed: count("failed"),
        skipped: count("skipped"),
        advisories: checks.reduce((sum, check) => sum + check.advisories.length, 0),
      },
    },
    areas: areasOf(checks),
    checks,
    unhandledErrors,
    timing: timeSpent(checks.map((check) => ({ ...check, states: check.states ?? [] }))),
  };
}

function toReportCheck(result: CheckResult, ofTemetro: boolean): ReportCheck {
  const { meta } = result;
  const operation = ofTemetro ? operationOf(result) : undefined;
  return {
    ruleId: result.ruleId,
    area: result.area,
    title: result.title,
    file: relativeFile(result.file),
    group: result.group ?? null,
    operation: operation === undefined ? null : { operationId: operation.operationId, method: operation.method.toUpperCase(), path: operation.path, summary: operation.summary },
    decisions: decisionsCited(operation, [result.ruleId, result.title]).map(({ id, file, title }) => ({ id, file, title })),
    status: result.state,
    durationMs: Math.round(result.durationMs * 10) / 10,
    failures: result.state === "failed" ? (result.errors.length > 0 ? result.errors : [result.reason ?? "The check failed without a message."]) : [],
    skipReason: result.state === "skipped" ? (meta.skipReason ?? result.reason ?? "") : null,
    advisories: meta.advisories,
    exchanges: meta.exchanges,
    leftovers: meta.leftovers,
    grid: meta.grid ?? null,
    states: (meta.states ?? []).map((state) => ({ ...state, durationMs: Math.round(state.durationMs * 10) / 10 })),
  };
}

/** A grid row names its operation; other checks, their describe block. */
function operationOf(result: CheckResult): Operation | undefined {
  if (result.meta.grid !== undefined) return getOperation(result.meta.grid.operationId);
  return operationNamed(result.group);
}

function areasOf(checks: ReportCheck[]): ReportArea[] {
  const areas = [...new Set(checks.map((check) => check.area))].sort();
  return areas.map((area) => {
    const of = checks.filter((check) => check.area === area);
    const count = (status: ReportCheck["status"]) => of.filter((check) => check.status === status).length;
    const durationMs = Math.round(of.reduce((sum, check) => sum + check.durationMs, 0));
    return { area, passed: count("passed"), failed: count("failed"), skipped: count("skipped"), durationMs };
  });
}

/** Contract files relative to the package (absolute paths differ per machine and say nothing). */
function relativeFile(file: string): string {
  const path = relative(packageRoot(), file);
  return path.startsWith("..") ? file : path.split("\\").join("/");
}
