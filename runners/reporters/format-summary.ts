// The text of the end-of-run summary: a table per area, where the time went, then failures,
// advisories, skips and leftovers, each section only when it has something to say.
import { SEVERITIES } from "#contracts/check-meta";
import type { Advisory } from "#contracts/check-meta";
import { formatExchanges } from "#contracts/exchange-format";
import type { CheckResult, RunResult } from "./collect-results.ts";
import { formatTimeSpent } from "./format-time-spent.ts";
import { timeSpent } from "./time-spent.ts";

/** The whole summary as one string. */
export function formatSummary(heading: string, run: RunResult): string {
  const sections = [
    [heading, "", ...areaTable(run.checks)],
    formatTimeSpent(timeSpent(run.checks.map((check) => ({ ...check, states: check.meta.states ?? [] }))), totalMs(run.checks), run.clock),
    failures(run.checks),
    advisories(run.checks),
    skips(run.checks),
    list("Not cleaned up", run.checks.flatMap((check) => check.meta.leftovers.map((leftover) => `${check.ruleId}: ${leftover}`))),
    list("Errors outside any check", run.unhandledErrors),
    list("Rule ids used by more than one check", duplicateIds(run.checks)),
  ];
  return `\n${sections.filter((lines) => lines.length > 0).map((lines) => lines.join("\n")).join("\n\n")}`;
}

function areaTable(checks: CheckResult[]): string[] {
  const areas = [...new Set(checks.map((check) => check.area))].sort();
  const row = (name: string, of: CheckResult[]) => {
    const count = (state: CheckResult["state"]) => String(of.filter((check) => check.state === state).length);
    const seconds = `${(totalMs(of) / 1000).toFixed(1)} s`;
    return [name, count("passed"), count("failed"), count("skipped"), seconds];
  };
  const rows = [["Area", "Passed", "Failed", "Skipped", "Time"], ...areas.map((area) => row(area, checks.filter((check) => check.area === area))), row("Total", checks)];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? "").length))) ?? [];
  return rows.map((cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  "));
}

function totalMs(checks: CheckResult[]): number {
  return checks.reduce((sum, check) => sum + check.durationMs, 0);
}

function failures(checks: CheckResult[]): string[] {
  const failed = checks.filter((check) => check.state === "failed");
  if (failed.length === 0) return [];
  return ["Failures", ...failed.flatMap((check) => [
    `✗ ${check.ruleId} ${check.title}`,
    ...indent(firstParagraph(check.reason ?? "")),
    ...indent(check.meta.exchanges.length > 0 ? formatExchanges(check.meta.exchanges) : []),
  ])];
}

function advisories(checks: CheckResult[]): string[] {
  const byId = new Map<string, { advisory: Advisory; ruleIds: string[] }>();
  for (const check of checks) {
    for (const advisory of check.meta.advisories) {
      const entry = byId.get(advisory.id) ?? { advisory, ruleIds: [] };
      entry.ruleIds.push(check.ruleId);
      byId.set(advisory.id, entry);
    }
  }
  const sorted = [...byId.values()].sort((a, b) => SEVERITIES.indexOf(a.advisory.severity) - SEVERITIES.indexOf(b.advisory.severity));
  if (sorted.length === 0) return [];
  return ["Security advisories (not failures)", ...sorted.flatMap(({ advisory, ruleIds }) => [
    `! ${advisory.severity.toUpperCase().padEnd(6)} ${advisory.id} (found by ${ruleIds.join(", ")})`,
    ...indent([advisory.text, `Fix: ${advisory.fix}`]),
  ])];
}

function skips(checks: CheckResult[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const check of checks.filter((candidate) => candidate.state === "skipped")) {
    byReason.set(check.reason ?? "", [...(byReason.get(check.reason ?? "") ?? []), check.ruleId]);
  }
  return list("Skipped", [...byReason].map(([reason, ids]) => `${reason}: ${ids.length} ${ids.length === 1 ? "check" : "checks"} (${ids.join(", ")})`));
}

function duplicateIds(checks: CheckResult[]): string[] {
  const files = new Map<string, string[]>();
  for (const check of checks) files.set(check.ruleId, [...(files.get(check.ruleId) ?? []), check.file]);
  return [...files].filter(([, where]) => where.length > 1).map(([id, where]) => `${id}: ${where.join(", ")}`);
}

function list(title: string, items: string[]): string[] {
  return items.length === 0 ? [] : [title, ...items.map((item) => `- ${item}`)];
}

/** The assertion's own message, without the exchanges appended to it (the meta has those). */
function firstParagraph(message: string): string[] {
  const paragraph = message.split("\n\nExchanges")[0] ?? message;
  return paragraph === "" ? [] : paragraph.split("\n").slice(0, 12);
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `    ${line}`);
}
