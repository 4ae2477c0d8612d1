// Per area, how the checks of Better Auth's own routes went on several targets, and each check where
// the first target (the engine under study) differs from another:
//   node scripts/engine-study/compare-areas.ts ENGINE.json NAME=OTHER.json... [--write-filtered DIR]
// With --write-filtered, each report's Better Auth part is written to DIR/<name>.json, for
// scripts/compare-reports.ts check-for-check comparison.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Report, ReportCheck } from "../../runners/reporters/report-schema.ts";
import { BETTER_AUTH_AREAS, betterAuthPart, readReport } from "./better-auth-scope.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { "write-filtered": { type: "string" } } });
if (positionals.length < 2) throw new Error("Failed to compare: give the engine's report and at least one NAME=report.json to compare it with.");
const named = positionals.map((argument, index) => {
  const [name, path] = argument.includes("=") ? [argument.slice(0, argument.indexOf("=")), argument.slice(argument.indexOf("=") + 1)] : [index === 0 ? "engine" : `report${index}`, argument];
  return { name, report: betterAuthPart(readReport(path)) };
});

const key = (check: ReportCheck) => `${check.ruleId} :: ${check.title}`;
const outcome = (check: ReportCheck | undefined) => (check === undefined ? "absent" : `${check.status}${check.advisories.length > 0 ? ` +${check.advisories.map((advisory) => advisory.id).sort().join(",")}` : ""}`);
const tally = (report: Report, area: string) => {
  const checks = report.checks.filter((check) => check.area === area);
  const of = (status: string) => checks.filter((check) => check.status === status).length;
  return `${of("passed")}/${of("failed")}/${of("skipped")}/${checks.reduce((sum, check) => sum + check.advisories.length, 0)}`;
};

console.log(`Checks of Better Auth's own routes, per area: passed/failed/skipped/advisories\n`);
console.log(`| Area | ${named.map(({ name }) => name).join(" | ")} |`);
console.log(`|---|${named.map(() => "---").join("|")}|`);
for (const area of [...BETTER_AUTH_AREAS, "all"]) {
  const cells = named.map(({ report }) => (area === "all" ? `${report.run.totals.passed}/${report.run.totals.failed}/${report.run.totals.skipped}/${report.run.totals.advisories}` : tally(report, area)));
  console.log(`| ${area} | ${cells.join(" | ")} |`);
}

const [engine, ...others] = named;
for (const other of others) {
  const theirs = new Map(other.report.checks.map((check) => [key(check), check]));
  const ours = new Map(engine!.report.checks.map((check) => [key(check), check]));
  const differing = [...new Set([...ours.keys(), ...theirs.keys()])].filter((name) => outcome(ours.get(name)) !== outcome(theirs.get(name)));
  const agree = ours.size - differing.filter((name) => ours.has(name)).length;
  console.log(`\n${engine!.name} vs ${other.name}: ${agree} of ${ours.size} checks alike (status and advisories), ${differing.length} differ${differing.length > 0 ? ":" : ""}`);
  for (const name of differing) console.log(`  ${name}: ${outcome(ours.get(name))} vs ${outcome(theirs.get(name))}`);
}

if (values["write-filtered"] !== undefined) {
  mkdirSync(values["write-filtered"], { recursive: true });
  for (const { name, report } of named) writeFileSync(join(values["write-filtered"], `${name}.json`), `${JSON.stringify(report)}\n`);
  console.log(`\nWrote the Better Auth part of each report to ${values["write-filtered"]}/<name>.json`);
}
