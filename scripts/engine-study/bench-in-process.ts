// Per-request latency of the engines inside one process (no network): sign-up, sign-in, get-session
// (with its cookie cache) and an authenticated list (list-sessions), median and p95 in ms; then the
// same after the store has grown. A benchmark script that prints figures, not a test.
//   node scripts/engine-study/bench-in-process.ts [--requests 200] [--grow 2000] [--only NAME]
import { parseArgs } from "node:util";
import { clientOf, credentialsOf, inProcessTargets } from "./in-process-targets.ts";
import type { InProcessTarget } from "./in-process-targets.ts";
import type { BrowserLikeClient } from "#mocks/engines/testing/browser-like-client";

const { values } = parseArgs({ options: { requests: { type: "string", default: "200" }, grow: { type: "string", default: "2000" }, only: { type: "string" } } });
const REQUESTS = Number(values.requests);
const GROW = Number(values.grow);
if (!Number.isInteger(REQUESTS) || REQUESTS < 10 || !Number.isInteger(GROW) || GROW < 0) throw new Error("Failed to read the options: --requests is a whole number ≥ 10, --grow a whole number ≥ 0.");

type Timing = { median: number; p95: number };

function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * quantile))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

async function timed(expected: number, send: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await send();
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== expected) throw new Error(`Failed to measure: expected ${expected}, the target answered ${response.status}.`);
  return elapsed;
}

/** Measures the four requests on `count` new users, numbered from `first`; `users` keeps their clients. */
async function measure(target: InProcessTarget, first: number, count: number, users: BrowserLikeClient[]): Promise<Record<string, Timing>> {
  const samples: Record<string, number[]> = { "sign-up": [], "sign-in": [], "get-session": [], "list-sessions": [] };
  for (let index = first; index < first + count; index++) {
    const user = credentialsOf(index);
    const client = clientOf(target, index);
    samples["sign-up"]!.push(await timed(200, () => client.post("/api/auth/sign-up/email", target.signUpBody(user))));
    await target.afterSignUp(user, client);
    samples["sign-in"]!.push(await timed(200, () => client.post("/api/auth/sign-in/email", { email: user.email, password: user.password })));
    samples["get-session"]!.push(await timed(200, () => client.send("/api/auth/get-session")));
    samples["list-sessions"]!.push(await timed(200, () => client.send("/api/auth/list-sessions")));
    users.push(client);
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, summarize(values)]));
}

/** Signs up `count` more users, unmeasured, so the next measurement sees a bigger store. */
async function grow(target: InProcessTarget, first: number, count: number): Promise<void> {
  for (let index = first; index < first + count; index++) {
    const user = credentialsOf(index);
    const client = clientOf(target, index);
    await client.post("/api/auth/sign-up/email", target.signUpBody(user));
    await target.afterSignUp(user, client);
  }
}

const format = (timing: Timing | undefined) => (timing === undefined ? "-" : `${timing.median.toFixed(2)} / ${timing.p95.toFixed(2)}`);
const rows: string[] = [];
for (const target of await inProcessTargets()) {
  if (values.only !== undefined && !target.name.includes(values.only)) continue;
  const scrypt = target.name.includes("scrypt");
  const count = scrypt ? Math.min(REQUESTS, 20) : REQUESTS;
  const users: BrowserLikeClient[] = [];
  await measure(target, 1_000_000, 10, users); // warm-up: lazy initialisation, JIT
  const fresh = await measure(target, 0, count, users);
  rows.push(`| ${target.name} | ${count} users | ${["sign-up", "sign-in", "get-session", "list-sessions"].map((name) => format(fresh[name])).join(" | ")} |`);
  if (GROW > 0 && !scrypt) {
    await grow(target, count, GROW);
    const grown = await measure(target, count + GROW, Math.min(count, 50), users);
    rows.push(`| ${target.name} | after ${count + GROW} users | ${["sign-up", "sign-in", "get-session", "list-sessions"].map((name) => format(grown[name])).join(" | ")} |`);
  }
  console.error(`measured ${target.name}`);
}
console.log(`In-process latency, ms (median / p95), Node ${process.version}; each user signs up, signs in, reads its session and lists its sessions\n`);
console.log("| Engine | Store | sign-up | sign-in | get-session | list-sessions |\n|---|---|---|---|---|---|");
for (const row of rows) console.log(row);
