// Compares two JSON reports of `verify --reporter json` check for check: status, skip reason and
// advisories, by rule id and title. Prints each difference and a last line, IDENTICAL or the count;
// exits 0 when identical, 1 otherwise.
//   node scripts/compare-reports.ts BEFORE.json AFTER.json      (npm run compare-reports -- …)
import { readFileSync } from "node:fs";

type Check = { ruleId: string; title: string; status: string; skipReason?: string | null; advisories?: Array<{ id: string }> };
type Report = { checks: Check[] };

const files = process.argv.slice(2);
if (files.length !== 2) {
  console.error("Failed to compare: give two report files, BEFORE.json AFTER.json (each a temetro-contract.json of verify --reporter json).");
  process.exit(2);
}
const [before, after] = files.map((file) => JSON.parse(readFileSync(file, "utf8")) as Report) as [Report, Report];
const key = (check: Check) => `${check.ruleId} :: ${check.title}`;
const summary = (check: Check) => `${check.status}${check.skipReason ? ` (${check.skipReason})` : ""} adv=${(check.advisories ?? []).map((advisory) => advisory.id).sort().join(",")}`;
const was = new Map(before.checks.map((check) => [key(check), summary(check)]));
const is = new Map(after.checks.map((check) => [key(check), summary(check)]));
let differences = 0;
for (const [name, then] of was) {
  const now = is.get(name);
  if (now === undefined) console.log(`- missing after: ${name} [${then}]`);
  else if (now !== then) console.log(`~ ${name}: ${then} -> ${now}`);
  if (now !== then) differences++;
}
for (const [name, now] of is) {
  if (was.has(name)) continue;
  console.log(`+ new after: ${name} [${now}]`);
  differences++;
}
const count = (report: Report) => report.checks.reduce<Record<string, number>>((counts, check) => ({ ...counts, [check.status]: (counts[check.status] ?? 0) + 1 }), {});
console.log(`before ${JSON.stringify(count(before))} after ${JSON.stringify(count(after))} ${differences === 0 ? "IDENTICAL" : `${differences} differences`}`);
process.exit(differences === 0 ? 0 : 1);
