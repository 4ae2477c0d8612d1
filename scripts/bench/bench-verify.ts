// `npm run bench:verify`: `npm run verify` (the suite against the in-process mock) timed as a user
// runs it, whole process, several times. A benchmark script that prints figures, not a test.
//   npm run bench:verify -- [--runs 6] [--vs ../other-checkout] [-- verify options…]
// With --vs the runs alternate between this checkout and the other one (its own node_modules), each
// round's order the reverse of the last's (paired-runs.ts), so a change in the machine's speed falls
// on both alike and neither always runs second; the difference is read pair by pair. Before each run
// a fixed piece of work is timed: a figure that rises with it shows a slower machine, not slower code.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { median, pairedDifference, roundOrder } from "./paired-runs.ts";

const { values, positionals } = parseArgs({
  options: { runs: { type: "string", default: "6" }, vs: { type: "string" } },
  allowPositionals: true,
});
/** Stops with a readable message, not a stack. */
function refuse(message: string): never {
  console.error(message);
  process.exit(2);
}

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 50) refuse(`Failed to read --runs "${values.runs}": give a whole number from 1 to 50.`);
const here = resolve(import.meta.dirname, "..", "..");
const checkouts = values.vs === undefined ? [here] : [here, resolve(values.vs)];
for (const checkout of checkouts) {
  if (!existsSync(join(checkout, "package.json")) || !existsSync(join(checkout, "node_modules"))) {
    refuse(`Failed to read --vs "${values.vs}": ${checkout} is not a checkout with its dependencies installed (package.json and node_modules/).`);
  }
}

/** CPU time (user + system, ms) of this process's children that have exited: Linux's cutime and cstime. */
function childrenCpuMillis(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}

/**
 * A fixed piece of single-threaded work like verify's (objects made, JSON written and read), in ms:
 * the machine's speed at the moment. Other tenants of the host can slow memory-heavy work (compiling
 * modules, parsing) by half while a pure arithmetic loop stays level; this figure rises with it.
 */
function machineMillis(): number {
  let best = Number.POSITIVE_INFINITY;
  // The best of three: the first also pays for compiling this function.
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    const records = Array.from({ length: 400_000 }, (_, index) => ({ id: `record-${index}`, index, tags: ["a", "b"] }));
    const copy: unknown = JSON.parse(JSON.stringify(records));
    if (Array.isArray(copy) && copy.length === records.length) best = Math.min(best, performance.now() - started);
  }
  return best;
}

type Run = { checkout: string; wallMs: number; cpuMs: number; machineMs: number; totals: string };

function runVerify(checkout: string): Promise<Run> {
  const machineMs = machineMillis();
  const cpuBefore = childrenCpuMillis();
  const started = performance.now();
  const child = spawn("npm", ["run", "--silent", "verify", "--", ...positionals], { cwd: checkout, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr.on("data", (chunk: Buffer) => { output += chunk.toString(); });
  return new Promise((resolveRun, reject) => {
    child.once("error", reject);
    child.once("close", (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) refuse(`Failed to time verify in ${checkout}: it exited with ${code}. Its output ends:\n${output.slice(-2000)}`);
      const totals = /^Total\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(output);
      resolveRun({ checkout, wallMs, cpuMs: childrenCpuMillis() - cpuBefore, machineMs, totals: totals === null ? "?" : `${totals[1]} passed, ${totals[2]} failed, ${totals[3]} skipped` });
    });
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`npm run verify${positionals.length > 0 ? ` -- ${positionals.join(" ")}` : ""}: ${runs} runs${checkouts.length > 1 ? " each, alternating (A B, B A…)" : ""} after one warm-up, Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)}`);
for (const checkout of checkouts) await runVerify(checkout);
const results: Run[] = [];
for (let index = 0; index < runs; index++) {
  for (const checkout of roundOrder(index, checkouts)) {
    const run = await runVerify(checkout);
    results.push(run);
    console.log(`  ${seconds(run.wallMs).padStart(8)} wall ${seconds(run.cpuMs).padStart(8)} CPU   machine ${run.machineMs.toFixed(0)} ms   ${run.totals}   ${checkout}`);
  }
}
for (const checkout of checkouts) {
  const own = results.filter((run) => run.checkout === checkout);
  const walls = own.map((run) => run.wallMs);
  console.log(`${checkout}: wall median ${seconds(median(walls))} (min ${seconds(Math.min(...walls))}, max ${seconds(Math.max(...walls))}), CPU median ${seconds(median(own.map((run) => run.cpuMs)))}, machine median ${median(own.map((run) => run.machineMs)).toFixed(0)} ms`);
}
const [first, second] = checkouts;
if (first !== undefined && second !== undefined) {
  const wallsOf = (checkout: string) => results.filter((run) => run.checkout === checkout).map((run) => run.wallMs);
  const difference = pairedDifference(wallsOf(first), wallsOf(second));
  const signed = (ms: number) => `${ms < 0 ? "−" : "+"}${seconds(Math.abs(ms))}`;
  console.log(`${first} minus ${second}, round by round: mean ${signed(difference.meanMs)}, median ${signed(difference.medianMs)}; faster in ${difference.firstFaster} of ${difference.rounds} rounds`);
}
