// Comparing two checkouts fairly with `npm run bench:verify -- --vs`. In strict alternation one
// checkout always runs second: one checkout timed against itself that way came out 0.1 s faster in
// the second slot (mean of 8 pairs, 5 of them faster), on a machine whose speed drifts within
// minutes. So the rounds take turns at going first, and the result is read pair by pair. The median
// here is also bench-verify.ts's, for each checkout's own runs.

/** The checkouts in the order round `round` (from 0) runs them: as given in even rounds, reversed in odd ones (A B, B A, A B…). */
export function roundOrder<T>(round: number, checkouts: readonly T[]): T[] {
  return round % 2 === 0 ? [...checkouts] : [...checkouts].reverse();
}

/** The middle value of `numbers` (the mean of the two middle ones for an even count); 0 for none. */
export function median(numbers: readonly number[]): number {
  if (numbers.length === 0) return 0;
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export type PairedDifference = { rounds: number; meanMs: number; medianMs: number; firstFaster: number };

/** Per round, the first checkout's wall time minus the second's: mean, median and in how many rounds the first was faster. */
export function pairedDifference(first: readonly number[], second: readonly number[]): PairedDifference {
  const differences = first.map((ms, index) => ms - (second[index] ?? ms)).slice(0, Math.min(first.length, second.length));
  return {
    rounds: differences.length,
    meanMs: differences.length === 0 ? 0 : differences.reduce((sum, ms) => sum + ms, 0) / differences.length,
    medianMs: median(differences),
    firstFaster: differences.filter((ms) => ms < 0).length,
  };
}
