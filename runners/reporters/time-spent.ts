// Where a run's time went: its slowest checks, and the named states by what they cost in all
// (a state is built afresh by every check that asks for it, so a cheap state asked for often can
// cost more than an expensive one asked for once; a shared state is built once per run, or once per
// worker in-process, and its cost counts once however many checks reuse it). Read from the checks,
// so a merged report computes it the same way as a single run.
import type { StateCost } from "#contracts/check-meta";

/** What a check contributes: its own time, and the states it asked for. */
export type TimedCheck = { ruleId: string; title: string; durationMs: number; states: readonly StateCost[] };

export type SlowCheck = { ruleId: string; title: string; durationMs: number };
/** A state's builds and their time; a shared state's reuses are counted apart (their waits are the checks' own time). */
export type StateTotal = { name: string; builds: number; totalMs: number; shared?: true; reuses?: number };
export type TimeSpent = { slowestChecks: SlowCheck[]; states: StateTotal[] };
/** How a run was timed from outside its checks: its wall-clock time, and the files it ran at once. */
export type RunClock = { wallMs: number; concurrency: number };

/** The slowest checks the report keeps (it keeps every state), and the rows of each the summary prints. */
export const SLOWEST_SHOWN = 10;

const tenth = (ms: number) => Math.round(ms * 10) / 10;

/** The slowest checks (slowest first) and every named state with its builds and total time (costliest first). */
export function timeSpent(checks: readonly TimedCheck[]): TimeSpent {
  const slowestChecks = [...checks]
    .sort((a, b) => b.durationMs - a.durationMs || a.ruleId.localeCompare(b.ruleId))
    .slice(0, SLOWEST_SHOWN)
    .map(({ ruleId, title, durationMs }) => ({ ruleId, title, durationMs: tenth(durationMs) }));
  const byName = new Map<string, StateTotal>();
  for (const { name, durationMs, shared } of checks.flatMap((check) => check.states)) {
    const total = byName.get(name) ?? { name, builds: 0, totalMs: 0, ...(shared === undefined ? {} : { shared: true, reuses: 0 }) };
    byName.set(name, shared === "reused"
      ? { ...total, reuses: (total.reuses ?? 0) + 1 }
      : { ...total, builds: total.builds + 1, totalMs: total.totalMs + durationMs });
  }
  const states = [...byName.values()]
    .map((state) => ({ ...state, totalMs: tenth(state.totalMs) }))
    .sort((a, b) => b.totalMs - a.totalMs || a.name.localeCompare(b.name));
  return { slowestChecks, states };
}
