// Which checks of a temetro-contract report are about Better Auth's own routes: the ones an engine
// that runs Better Auth answers. temetro's own routes (/api/*, /api/auth-helpers) and its validation
// details are not (the engine study serves Better Auth alone).
import { readFileSync } from "node:fs";
import { reportSchema } from "../../runners/reporters/report-schema.ts";
import type { Report, ReportCheck } from "../../runners/reporters/report-schema.ts";

/** The suite areas that check Better Auth (RATE: its rate limiter on /api/auth/* rules). */
export const BETTER_AUTH_AREAS = ["ACCOUNT", "SESSION", "PASSWORD", "ORG", "ORIGIN", "RATE", "ERRORS"] as const;

/** Whether a check is about a Better Auth route: its describe block names one under /api/auth/, or it is a rate-limit rule. */
export function isBetterAuthCheck(check: ReportCheck): boolean {
  if (!(BETTER_AUTH_AREAS as readonly string[]).includes(check.area)) return false;
  return check.area === "RATE" || /\/api\/auth\/(?!.*auth-helpers)/.test(check.group ?? "");
}

/** A JSON report read and checked against the report schema. */
export function readReport(path: string): Report {
  const parsed = reportSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`Failed to read the report ${path}: it is not a temetro-contract JSON report (${parsed.error.issues[0]?.message}). Pass the temetro-contract.json that verify --reporter json wrote.`);
  return parsed.data;
}

/** The report with only its Better Auth checks (totals recounted), for compare.mjs or another reader. */
export function betterAuthPart(report: Report): Report {
  const checks = report.checks.filter(isBetterAuthCheck);
  const count = (status: string) => checks.filter((check) => check.status === status).length;
  const advisories = checks.reduce((sum, check) => sum + check.advisories.length, 0);
  return { ...report, checks, run: { ...report.run, totals: { checks: checks.length, passed: count("passed"), failed: count("failed"), skipped: count("skipped"), advisories } } };
}
