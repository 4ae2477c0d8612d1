import { expect, test } from "vitest";
import { formatBenchTable, goalsOf, ratio, statusesOf, type BenchRow } from "./bench-table.ts";

const PATH = "GET /api/patients, signed in";
const row = (target: BenchRow["target"], rps: number, p99: number, statuses: Record<string, number> = { "200": 100 }): BenchRow => ({
  path: PATH,
  target,
  expected: 200,
  measurement: { rps, p99, statuses, cpuMicros: target === "Prism" ? undefined : 1_000_000 / rps },
});

test("ratio divides, and is undefined when a side is missing or not positive", () => {
  expect(ratio(9000, 3000)).toBe(3);
  expect(ratio(9000, undefined)).toBeUndefined();
  expect(ratio(undefined, 3000)).toBeUndefined();
  expect(ratio(9000, 0)).toBeUndefined();
});

test("goalsOf compares the mock with each other target and its p99 with 10 ms", () => {
  const goals = goalsOf([row("mock", 10_000, 4), row("Prism", 4_000, 20), row("reference", 3_400, 30), row("bare", 40_000, 1)]);
  expect(goals.map(({ value, met }) => ({ value, met }))).toEqual([
    { value: 2.5, met: true },
    { value: 10_000 / 3_400, met: false },
    { value: 0.25, met: true },
    { value: 4, met: true },
  ]);
  expect(goals.map((goal) => goal.label)).toEqual(["mock/Prism 2.50 ≥ 2.50", "mock/reference 2.94 ≥ 3.00", "mock/bare 25% ≥ 25%", "mock p99 4 ms < 10 ms"]);
});

test("goalsOf leaves a goal unmet when its target was not measured", () => {
  const goals = goalsOf([row("mock", 10_000, 12), row("bare", 20_000, 1)]);
  expect(goals.map((goal) => goal.met)).toEqual([false, false, true, false]);
  expect(goals[0]?.label).toBe("mock/Prism n/a ≥ 2.50");
});

test("statusesOf shows the expected status alone, and every count with a warning otherwise", () => {
  expect(statusesOf(row("mock", 1, 1))).toBe("200");
  expect(statusesOf(row("mock", 1, 1, { "200": 90, "500": 10 }))).toBe("200×90 500×10 (expected 200!)");
  expect(statusesOf(row("mock", 1, 1, { "401": 5 }))).toBe("401×5 (expected 200!)");
});

test("formatBenchTable prints a block per path with each target's figures and the goals marked", () => {
  const table = formatBenchTable([row("mock", 12_345.6, 4), row("Prism", 2_000, 22), row("reference", 5_000, 27), row("bare", 40_000, 1)]);
  expect(table.split("\n")).toEqual([
    "path / target                         req/s  p99 ms  CPU µs/req  status     goal",
    PATH,
    "  mock                               12,346       4          81  200        mock p99 4 ms < 10 ms: met",
    "  Prism                               2,000      22         n/a  200        mock/Prism 6.17 ≥ 2.50: met",
    "  reference                           5,000      27         200  200        mock/reference 2.47 ≥ 3.00: NOT MET",
    "  bare                               40,000       1          25  200        mock/bare 31% ≥ 25%: met",
    "goals met: 3 of 4",
  ]);
});
