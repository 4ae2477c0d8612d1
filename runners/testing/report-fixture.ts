// Test support: a small run with one of everything a report shows (a failed grid row with a
// hostile body, an isolation cell, an advisory with evidence, a skip, a leftover, a plain pass),
// built into a report the way verify builds it. Not part of the package.
import type { GridCell } from "#contracts/check-meta";
import type { RecordedExchange } from "#contracts/recorded-exchange";
import { ROLES } from "#openapi";
import { buildReport } from "../reporters/build-report.ts";
import type { RunInfo } from "../reporters/build-report.ts";
import type { CheckResult, RunResult } from "../reporters/collect-results.ts";
import type { Report } from "../reporters/report-schema.ts";

/** Text that would run as script if a report failed to escape it. */
export const HOSTILE = `</template></pre><script>document.title="pwned"</script><img src=x onerror="alert(1)">`;

const empty = { advisories: [], leftovers: [], exchanges: [] };

/** An exchange as the harness records it. */
export function exchange(index: number, status: number, body: string | null = null): RecordedExchange {
  return {
    index,
    actor: "doctor",
    operationId: "deletePatient",
    request: { method: "DELETE", path: "/api/patients/10001", headers: [{ name: "cookie", value: "better-auth.session_token=[masked]" }] },
    response: { status, headers: [{ name: "content-type", value: "application/json" }], body },
    durationMs: 2,
  };
}

function roleCells(): GridCell[] {
  return ROLES.map((role, index): GridCell => {
    if (role === "owner" || role === "admin") return { column: role, expected: { status: 204 }, observed: { status: 204 }, status: "passed", exchanges: [exchange(index + 1, 204)] };
    if (role === "lab") return { column: role, expected: { status: 403, detail: "You don't have permission to do that." }, status: "not-run", exchanges: [] };
    return { column: role, expected: { status: 403, detail: "You don't have permission to do that." }, observed: { status: 204 }, status: "failed", exchanges: [exchange(index + 1, 204, JSON.stringify({ note: HOSTILE }))] };
  });
}

function result(ruleId: string, state: CheckResult["state"], extra: Partial<CheckResult> = {}): CheckResult {
  return { ruleId, area: ruleId.split("-")[0] ?? ruleId, title: `checks ${ruleId.toLowerCase()}`, file: "contracts/suites/x.contract.ts", state, durationMs: 12, errors: [], meta: empty, ...extra };
}

/** The run's results. */
export function fixtureRun(): RunResult {
  return {
    checks: [
      result("PATIENTS-ROLES-DELETE-PATIENT", "failed", {
        group: "DELETE /api/patients/{fileNumber}",
        errors: ["deletePatient as the doctor (lacks patient:delete): expected 204 to be 403", `deletePatient as the member: ${HOSTILE}`],
        meta: { ...empty, exchanges: [exchange(1, 204), exchange(9, 204)], grid: { grid: "roles", operationId: "deletePatient", cells: roleCells() } },
      }),
      result("TASKS-ISOLATION-UPDATE-TASK", "passed", {
        meta: { ...empty, grid: { grid: "isolation", operationId: "updateTask", cells: [{ column: "another clinic's owner", expected: { status: 404, detail: "Task not found." }, observed: { status: 404, detail: "Task not found." }, status: "passed", exchanges: [exchange(3, 404)] }] } },
      }),
      result("RATE-CLIENT-IP-FORWARDED-FOR", "passed", {
        meta: { ...empty, states: [{ name: "a signed-in user with no clinic", durationMs: 4.25 }], advisories: [{ id: "ADVISORY-XFF-TRUSTED", severity: "high", text: "Rate limits are keyed on X-Forwarded-For.", fix: "Overwrite X-Forwarded-For at the proxy." }], exchanges: [exchange(1, 200)] },
      }),
      result("STAFF-D20-ADMIN-SETS-OWNER-PASSWORD", "passed", { meta: { ...empty, leftovers: ["user t-owner@example.test: 401"] } }),
      result("PASSWORD-RESET-EMAIL", "skipped", { reason: "no mailbox", meta: { ...empty, skipReason: "the target has no readable mailbox (GET /__dev/outbox is not served)" } }),
      result("SERVICE-HEALTH-OK", "passed", { group: "GET /health" }),
    ],
    unhandledErrors: [],
  };
}

/** The report verify would write for the fixture run against a URL (or for the checks of one shard of it). */
export function fixtureReport(shard?: { index: number; count: number; checks: RunResult["checks"]; startedAt: Date; durationMs: number }): Report {
  if (shard !== undefined) {
    const { checks, startedAt, durationMs, ...part } = shard;
    return buildReport({ checks, unhandledErrors: [] }, { ...fixtureInfo(), shard: part, startedAt, durationMs });
  }
  return buildReport(fixtureRun(), fixtureInfo());
}

function fixtureInfo(): RunInfo {
  return {
    target: { kind: "url", url: "http://127.0.0.1:4000", label: "http://127.0.0.1:4000" },
    capabilities: { clock: true, mailbox: false, forwardedForTrusted: true, safe: false, forwardedForEvidence: "the session records the sent X-Forwarded-For" },
    selection: { only: [], skip: [] },
    startedAt: new Date("2026-12-06T10:00:00.000Z"),
    durationMs: 15_900,
  };
}
