// `npm run bench`: the standalone mock against Stoplight Prism, the reference deployment and a bare
// node:http, on the same four requests, in one run. A benchmark script that prints figures, not a test.
//   npm run bench -- [--seconds 5] [--warm-up 1] [--connections 10] [--rounds 1] [--targets mock,Prism,reference,bare]
// All four servers run at once, each in its own process; each path is measured on every target in
// turn, so a change in the machine's load falls on all of them alike. With --rounds N the whole
// sequence runs N times and each cell keeps its best round (the least disturbed by other work).
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { BENCH_PATHS } from "./bench-paths.ts";
import { formatBenchTable, type BenchRow } from "./bench-table.ts";
import { startBare, startMock, startPrism, startReference, type BenchTarget, type TargetName } from "./bench-targets.ts";
import { measurePath } from "./measure-path.ts";

const STARTERS: Record<TargetName, () => Promise<BenchTarget>> = { mock: startMock, Prism: startPrism, reference: startReference, bare: startBare };

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    "warm-up": { type: "string", default: "1" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "1" },
    targets: { type: "string", default: Object.keys(STARTERS).join(",") },
  },
});

/** A whole number within bounds, or a clear error naming the option. */
function bounded(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`Failed to read --${name} "${raw}": give a whole number from ${min} to ${max}.`);
  return value;
}

const isTargetName = (name: string): name is TargetName => Object.hasOwn(STARTERS, name);
const names = values.targets.split(",").map((name) => name.trim());
const unknown = names.filter((name) => !isTargetName(name));
if (unknown.length > 0) throw new Error(`Failed to read --targets: unknown ${unknown.join(", ")}. Use any of ${Object.keys(STARTERS).join(", ")}.`);
const load = { seconds: bounded("seconds", values.seconds, 1, 120), warmUpSeconds: bounded("warm-up", values["warm-up"], 0, 60), connections: bounded("connections", values.connections, 1, 100) };
const rounds = bounded("rounds", values.rounds, 1, 20);

console.log(
  `${load.connections} connections, ${load.warmUpSeconds} s warm-up + ${load.seconds} s per target and path, ${rounds === 1 ? "one round" : `best of ${rounds} rounds`}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`,
);
const targets: BenchTarget[] = [];
try {
  for (const name of names.filter(isTargetName)) {
    const started = performance.now();
    targets.push(await STARTERS[name]());
    console.error(`started ${name} at ${targets.at(-1)?.url} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const best = new Map<string, BenchRow>();
  for (let round = 1; round <= rounds; round++) {
    for (const path of BENCH_PATHS) {
      for (const target of targets) {
        const measurement = await measurePath(target.url, target.pid, await target.prepare(path), load);
        const key = `${path.name}\n${target.name}`;
        if ((best.get(key)?.measurement.rps ?? -1) < measurement.rps) best.set(key, { path: path.name, target: target.name, expected: target.expected(path), measurement });
        console.error(`round ${round}: ${path.name} on ${target.name}: ${measurement.rps.toFixed(0)} req/s, p99 ${measurement.p99} ms`);
      }
    }
  }
  console.log(`\n${formatBenchTable([...best.values()])}`);
} finally {
  await Promise.all(targets.map((target) => target.stop()));
}
