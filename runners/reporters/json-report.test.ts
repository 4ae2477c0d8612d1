// The JSON report is the project's own format and matches the JSON Schema the package ships: a
// report is validated by the schema itself (read back into a validator), which also refuses what
// the format forbids.
import { expect, test } from "vitest";
import { z } from "zod";
import { fixtureReport } from "../testing/report-fixture.ts";
import { renderJsonReport } from "./json-report.ts";
import { REPORT_FORMAT, REPORT_SCHEMA_ID, reportJsonSchema } from "./report-schema.ts";

/** A validator compiled from the shipped JSON Schema, not from the zod definition it came from. */
function schemaValidator() {
  const schema = JSON.parse(JSON.stringify(reportJsonSchema()));
  return z.fromJSONSchema(schema);
}

test("writes a report that the shipped JSON Schema accepts, with every check's rule id, status, exchanges, advisories, skip reason, grid cells and states, and where the time went", () => {
  const written: unknown = JSON.parse(renderJsonReport(fixtureReport()));
  const parsed = schemaValidator().safeParse(written);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(written).toMatchObject({ $schema: REPORT_SCHEMA_ID, format: REPORT_FORMAT, run: { verdict: "fails", totals: { checks: 6, passed: 4, failed: 1, skipped: 1, advisories: 1 } } });
  expect(written).toMatchObject({ timing: { slowestChecks: expect.arrayContaining([{ ruleId: "SERVICE-HEALTH-OK", title: "checks service-health-ok", durationMs: 12 }]), states: [{ name: "a signed-in user with no clinic", builds: 1, totalMs: 4.3 }] } });
  expect(written).toMatchObject({
    checks: expect.arrayContaining([
      expect.objectContaining({ ruleId: "PATIENTS-ROLES-DELETE-PATIENT", area: "PATIENTS", status: "failed", operation: expect.objectContaining({ operationId: "deletePatient", method: "DELETE" }), grid: expect.objectContaining({ grid: "roles", cells: expect.arrayContaining([expect.objectContaining({ column: "doctor", status: "failed", observed: { status: 204 } })]) }) }),
      expect.objectContaining({ ruleId: "RATE-CLIENT-IP-FORWARDED-FOR", advisories: [expect.objectContaining({ id: "ADVISORY-XFF-TRUSTED", fix: "Overwrite X-Forwarded-For at the proxy." })], exchanges: [expect.objectContaining({ index: 1 })] }),
      expect.objectContaining({ ruleId: "PASSWORD-RESET-EMAIL", status: "skipped", skipReason: "the target has no readable mailbox (GET /__dev/outbox is not served)" }),
      expect.objectContaining({ ruleId: "STAFF-D20-ADMIN-SETS-OWNER-PASSWORD", decisions: [expect.objectContaining({ id: "D20", file: "docs/decisions/D20-admin-sets-owner-password.md" })] }),
    ]),
  });
});

test.each([
  ["an unknown status", (report: Record<string, unknown>) => ({ ...report, checks: [{ ...firstCheck(report), status: "errored" }] }), ["checks", 0, "status"]],
  ["a check without its rule id", (report: Record<string, unknown>) => ({ ...report, checks: [{ ...firstCheck(report), ruleId: undefined }] }), ["checks", 0, "ruleId"]],
  ["another format", (report: Record<string, unknown>) => ({ ...report, format: "vitest-json" }), ["format"]],
  ["a field the format does not have", (report: Record<string, unknown>) => ({ ...report, testResults: [] }), []],
])("the schema refuses %s", (_name, corrupt, path) => {
  const written: Record<string, unknown> = JSON.parse(renderJsonReport(fixtureReport()));
  const parsed = schemaValidator().safeParse(corrupt(written));
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues.map((issue) => issue.path)).toContainEqual(path);
});

test("refuses to write a report that breaks its own format", () => {
  const report = fixtureReport();
  const broken = { ...report, run: { ...report.run, durationMs: -1 } };
  expect(() => renderJsonReport(broken)).toThrow(/^Failed to write the JSON report: it does not match its schema: .*durationMs/s);
});

function firstCheck(report: Record<string, unknown>): Record<string, unknown> {
  const checks = z.array(z.record(z.string(), z.unknown())).parse(report.checks);
  return checks[0] ?? {};
}
