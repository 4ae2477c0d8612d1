// The benchmark's one table: per path, each target's req/s, p99 and CPU per request, and the mock's
// goals against the others measured in the same run (issue 12): ≥ 2.5× Prism, ≥ 3× the reference,
// ≥ 25% of bare node:http, p99 under 10 ms.
import type { Measurement } from "./measure-path.ts";
import type { TargetName } from "./bench-targets.ts";

export type BenchRow = { path: string; target: TargetName; expected: number; measurement: Measurement };

export type Goal = { label: string; value: number | undefined; met: boolean };

/** The goals, as data: what the mock is compared with, and the bound it must reach. */
const RATIO_GOALS: readonly { other: TargetName; atLeast: number; percent: boolean }[] = [
  { other: "Prism", atLeast: 2.5, percent: false },
  { other: "reference", atLeast: 3, percent: false },
  { other: "bare", atLeast: 0.25, percent: true },
];
const P99_UNDER_MS = 10;

/** a / b, or undefined when either is missing or b is not positive. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || b <= 0 ? undefined : a / b;
}

const show = (value: number | undefined, percent: boolean): string =>
  value === undefined ? "n/a" : percent ? `${(value * 100).toFixed(0)}%` : value.toFixed(2);

/** The mock's goals on one path, from the rows of that path (a target not measured leaves its goal unmet). */
export function goalsOf(rows: readonly BenchRow[]): Goal[] {
  const rps = (target: TargetName) => rows.find((row) => row.target === target)?.measurement.rps;
  const mockP99 = rows.find((row) => row.target === "mock")?.measurement.p99;
  const goals = RATIO_GOALS.map(({ other, atLeast, percent }): Goal => {
    const value = ratio(rps("mock"), rps(other));
    return { label: `mock/${other} ${show(value, percent)} ≥ ${show(atLeast, percent)}`, value, met: value !== undefined && value >= atLeast };
  });
  goals.push({ label: `mock p99 ${mockP99 ?? "n/a"} ms < ${P99_UNDER_MS} ms`, value: mockP99, met: mockP99 !== undefined && mockP99 < P99_UNDER_MS });
  return goals;
}

/** The statuses a target answered: the expected one alone, or every one with its count and a warning. */
export function statusesOf(row: BenchRow): string {
  const entries = Object.entries(row.measurement.statuses);
  if (entries.length === 1 && entries[0]?.[0] === String(row.expected)) return entries[0][0];
  return `${entries.map(([status, count]) => `${status}×${count}`).join(" ")} (expected ${row.expected}!)`;
}

const thousands = (value: number) => Math.round(value).toLocaleString("en-US");

/** The table: a block per path (each target's req/s, p99 ms, CPU µs/request, statuses), the mock's goals beside the others. */
export function formatBenchTable(rows: readonly BenchRow[]): string {
  const paths = [...new Set(rows.map((row) => row.path))];
  const lines = [`${"path / target".padEnd(34)} ${"req/s".padStart(8)} ${"p99 ms".padStart(7)} ${"CPU µs/req".padStart(11)}  ${"status".padEnd(10)} goal`];
  let met = 0;
  let total = 0;
  for (const path of paths) {
    const ofPath = rows.filter((row) => row.path === path);
    const goals = goalsOf(ofPath);
    const goalOf = (target: TargetName) => goals[RATIO_GOALS.findIndex((goal) => goal.other === target)];
    lines.push(path);
    for (const row of ofPath) {
      const goal = row.target === "mock" ? goals.at(-1) : goalOf(row.target);
      const mark = goal === undefined ? "" : `${goal.label}: ${goal.met ? "met" : "NOT MET"}`;
      const { rps, p99, cpuMicros } = row.measurement;
      const cpu = cpuMicros === undefined ? "n/a" : cpuMicros.toFixed(0);
      lines.push(`  ${row.target.padEnd(32)} ${thousands(rps).padStart(8)} ${String(p99).padStart(7)} ${cpu.padStart(11)}  ${statusesOf(row).padEnd(10)} ${mark}`.trimEnd());
    }
    met += goals.filter((goal) => goal.met).length;
    total += goals.length;
  }
  lines.push(`goals met: ${met} of ${total}`);
  return lines.join("\n");
}
