// Requests per second of an authenticated GET /api/auth/get-session over HTTP (autocannon, keep-alive),
// each server in its own process: the hand-written mock's standalone server against the better-auth
// engine. A benchmark script that prints figures, not a test.
//   node scripts/engine-study/bench-http.ts [--seconds 5] [--warm-up 1] [--connections 10] [--rounds 1] [--targets mock,engine,generic,bare]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { measurePath } from "../bench/measure-path.ts";
import type { Measurement } from "../bench/measure-path.ts";
import { startHttpTargets } from "./http-servers.ts";
import type { HttpTarget } from "./http-servers.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    "warm-up": { type: "string", default: "1" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "1" },
    targets: { type: "string", default: "mock,engine,generic,bare" },
  },
});
// get-session is rate-limited per client IP like every Better Auth route (100 per 10 s): each request
// comes from the next of 300 X-Forwarded-For addresses, so the figures are answers, not 429s.
const load = { seconds: Number(values.seconds), warmUpSeconds: Number(values["warm-up"]), connections: Number(values.connections), forwardedForPool: 300 };
const rounds = Number(values.rounds);
if (![load.seconds, load.warmUpSeconds, load.connections, rounds].every((value) => Number.isInteger(value) && value >= 0) || load.seconds < 1 || rounds < 1) {
  throw new Error("Failed to read the options: --seconds, --connections and --rounds are whole numbers ≥ 1, --warm-up ≥ 0.");
}

const request = (target: HttpTarget) => ({ method: "GET" as const, path: target.name.startsWith("bare") ? "/health" : "/api/auth/get-session", headers: { origin: "http://localhost:3000", ...(target.cookie === "" ? {} : { cookie: target.cookie }) } });

console.log(`GET /api/auth/get-session, signed in: ${load.connections} connections, ${load.warmUpSeconds} s warm-up + ${load.seconds} s per target, ${rounds === 1 ? "one round" : `best of ${rounds} rounds`}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}\n`);
const targets = await startHttpTargets(values.targets.split(",").map((name) => name.trim()));
try {
  const best = new Map<HttpTarget, Measurement>();
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      const measurement = await measurePath(target.url, target.pid, request(target), load);
      if ((best.get(target)?.rps ?? -1) < measurement.rps) best.set(target, measurement);
      console.error(`round ${round}: ${target.name}: ${measurement.rps.toFixed(0)} req/s, p99 ${measurement.p99} ms, statuses ${JSON.stringify(measurement.statuses)}`);
    }
  }
  console.log("| Server | req/s | p99 ms | server CPU µs/request | statuses |\n|---|---|---|---|---|");
  for (const [target, measurement] of best) {
    console.log(`| ${target.name} | ${measurement.rps.toFixed(0)} | ${measurement.p99} | ${measurement.cpuMicros?.toFixed(0) ?? "n/a"} | ${JSON.stringify(measurement.statuses)} |`);
  }
} finally {
  await Promise.all(targets.map((target) => target.stop()));
}
