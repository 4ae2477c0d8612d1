// The summary's account of where the time went: the wall clock against the checks' own times, the
// slowest checks, and the costliest named states by what they cost in all.
import { SLOWEST_SHOWN } from "./time-spent.ts";
import type { RunClock, StateTotal, TimeSpent } from "./time-spent.ts";

const TITLE_WIDTH = 72;

/** The lines of the section (empty when no check ran). */
export function formatTimeSpent(spent: TimeSpent, checksMs: number, clock?: RunClock): string[] {
  if (spent.slowestChecks.length === 0) return [];
  const lines = ["Where the time went"];
  if (clock !== undefined) {
    const files = clock.concurrency === 1 ? "one file at a time" : `${clock.concurrency} files at a time`;
    lines.push(`${seconds(clock.wallMs)} wall, ${files}; the checks' own times add up to ${seconds(checksMs)}.`);
  }
  lines.push("Slowest checks:", ...table(spent.slowestChecks.map((check) => [seconds(check.durationMs), `${check.ruleId} ${clip(check.title)}`])));
  if (spent.states.length > 0) {
    const shown = spent.states.slice(0, SLOWEST_SHOWN);
    const rows = shown.map((state) => [String(state.builds), seconds(state.totalMs), `${Math.round(state.totalMs / Math.max(state.builds, 1))} ms`, nameOf(state)]);
    lines.push("Named states, by total set-up time:", ...table([["Builds", "Total", "Each", "State"], ...rows]));
    const rest = spent.states.slice(SLOWEST_SHOWN);
    if (rest.length > 0) lines.push(`  … and ${rest.length} more named states, ${seconds(rest.reduce((sum, state) => sum + state.totalMs, 0))} in all (the JSON report lists every one).`);
  }
  return lines;
}

/** A shared state's name says so, and how many checks reused its builds. */
function nameOf(state: StateTotal): string {
  return state.shared === true ? `${state.name} (shared, reused by ${state.reuses ?? 0} checks)` : state.name;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? "").length))) ?? [];
  const last = (rows[0]?.length ?? 1) - 1;
  return rows.map((cells) => `  ${cells.map((cell, column) => (column === last ? cell : cell.padStart(widths[column] ?? 0))).join("  ")}`);
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function clip(text: string): string {
  return text.length <= TITLE_WIDTH ? text : `${text.slice(0, TITLE_WIDTH - 1)}…`;
}
