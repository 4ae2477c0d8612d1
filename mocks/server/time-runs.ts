// Timing for the mock's in-process benchmark scripts (bench-patient-creates.ts, bench-accounts.ts):
// runs one after another, each one's wall time, and the CPU time they took in all.

export type RunTimes = { mean: number; p99: number; cpuMicros: number };

/** Times `count` runs of `run`, one after another: mean and p99 wall time (ms), and CPU time per run (µs; steadier on a busy machine). */
export async function timeRuns(count: number, run: () => Promise<unknown>): Promise<RunTimes> {
  const took: number[] = [];
  const cpu = process.cpuUsage();
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await run();
    took.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  took.sort((a, b) => a - b);
  return { mean: took.reduce((sum, ms) => sum + ms, 0) / count, p99: took[Math.min(count - 1, Math.floor(count * 0.99))] ?? 0, cpuMicros: (used.user + used.system) / count };
}
