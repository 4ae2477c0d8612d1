// The end-of-run summary: the per-area table, then failures, advisories (highest first), skips
// grouped by reason, and leftovers.
import { expect, test } from "vitest";
import type { CheckResult } from "./collect-results.ts";
import { formatSummary } from "./format-summary.ts";

const empty = { advisories: [], leftovers: [], exchanges: [] };
const result = (ruleId: string, state: CheckResult["state"], extra: Partial<CheckResult> = {}): CheckResult =>
  ({ ruleId, area: ruleId.split("-")[0] ?? "", title: "does it", file: "a.contract.ts", state, durationMs: 1500, errors: [], meta: empty, ...extra });
const exchange = { index: 1, actor: "client", operationId: null, request: { method: "GET", path: "/x", headers: [] }, response: { status: 200, headers: [], body: null }, durationMs: 1 };

test("prints a row per area and a total", () => {
  const text = formatSummary("heading", { checks: [result("RATE-A-LIMIT", "passed"), result("RATE-B-LIMIT", "failed"), result("ORIGIN-X", "skipped", { reason: "safe mode" })], unhandledErrors: [] });
  expect(text).toContain(["Area    Passed  Failed  Skipped   Time", "ORIGIN       0       0        1  1.5 s", "RATE         1       1        0  3.0 s", "Total        1       1        1  4.5 s"].join("\n"));
});

test("lists failures with their exchanges, advisories by severity, skips by reason and leftovers", () => {
  const checks = [
    result("RATE-A-LIMIT", "failed", { reason: "expected 200 to be 429\n\nExchanges (1), oldest first:\n#1 …", meta: { ...empty, exchanges: [exchange] } }),
    result("ORIGIN-Y", "passed", { meta: { ...empty, advisories: [{ id: "ADVISORY-LOW", severity: "low", text: "minor", fix: "ignore it" }] } }),
    result("RATE-XFF", "passed", { meta: { ...empty, advisories: [{ id: "ADVISORY-XFF-TRUSTED", severity: "high", text: "spoofable", fix: "overwrite the header at the proxy" }], leftovers: ["user t-a@example.test: 401"] } }),
    result("RATE-B-REFILL", "skipped", { reason: "safe mode" }),
    result("RATE-C-REFILL", "skipped", { reason: "safe mode" }),
  ];
  const text = formatSummary("heading", { checks, unhandledErrors: [] });
  expect(text).toContain("✗ RATE-A-LIMIT does it\n    expected 200 to be 429\n    Exchanges (1), oldest first:\n    #1 client: GET /x → 200 (1 ms)");
  expect(text.indexOf("ADVISORY-XFF-TRUSTED")).toBeLessThan(text.indexOf("ADVISORY-LOW"));
  expect(text).toContain("! HIGH   ADVISORY-XFF-TRUSTED (found by RATE-XFF)\n    spoofable\n    Fix: overwrite the header at the proxy");
  expect(text).toContain("- safe mode: 2 checks (RATE-B-REFILL, RATE-C-REFILL)");
  expect(text).toContain("Not cleaned up\n- RATE-XFF: user t-a@example.test: 401");
});

test("prints where the time went: the wall clock, the slowest checks first and the named states by total cost", () => {
  const states = (...names: Array<[string, number]>) => ({ ...empty, states: names.map(([name, durationMs]) => ({ name, durationMs })) });
  const checks = [
    result("RATE-A-LIMIT", "passed", { durationMs: 120, meta: states(["a signed-in user", 20]) }),
    result("ORG-B", "passed", { durationMs: 4800, meta: states(["a clinic with one member per role", 900], ["a signed-in user", 30]) }),
    result("ORG-C", "passed", { durationMs: 300, meta: states(["a signed-in user", 28]) }),
  ];
  const text = formatSummary("heading", { checks, unhandledErrors: [], clock: { wallMs: 3200, concurrency: 2 } });
  expect(text).toContain("Where the time went\n3.20 s wall, 2 files at a time; the checks' own times add up to 5.22 s.");
  expect(text).toContain("Slowest checks:\n  4.80 s  ORG-B does it\n  0.30 s  ORG-C does it\n  0.12 s  RATE-A-LIMIT does it");
  expect(text).toContain(["Named states, by total set-up time:", "  Builds   Total    Each  State", "       1  0.90 s  900 ms  a clinic with one member per role", "       3  0.08 s   26 ms  a signed-in user"].join("\n"));
});

test("counts a shared state's cost once per build, and says how many checks reused it", () => {
  const shared = (durationMs: number, use: "built" | "reused") => ({ ...empty, states: [{ name: "the workbench", durationMs, shared: use }] });
  const checks = [
    result("ORG-A", "passed", { durationMs: 2000, meta: shared(1800, "built") }),
    result("ORG-B", "passed", { durationMs: 300, meta: shared(250, "reused") }),
    result("ORG-C", "passed", { durationMs: 200, meta: shared(4, "reused") }),
  ];
  const text = formatSummary("heading", { checks, unhandledErrors: [] });
  expect(text).toContain(["  Builds   Total     Each  State", "       1  1.80 s  1800 ms  the workbench (shared, reused by 2 checks)"].join("\n"));
});
