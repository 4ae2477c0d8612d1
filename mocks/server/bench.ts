// Throughput of the standalone mock: a benchmark script that prints figures, not a test.
//   node mocks/server/bench.ts [--connections 10] [--requests 5000]
// The mock runs in a child process (as `npx temetro-contract mock` would); this process drives it over
// loopback with undici, N keep-alive connections, a fixed number of requests per scenario. A bare
// node:http server is measured first the same way: compare against it, as the machine's load moves both.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Pool } from "undici";
import type { Dispatcher } from "undici";

type Scenario = { name: string; request: (index: number) => Dispatcher.RequestOptions };

const { values } = parseArgs({ options: { connections: { type: "string", default: "10" }, requests: { type: "string", default: "5000" } } });
const CONNECTIONS = Math.min(Math.max(Number(values.connections), 1), 100);
const REQUESTS = Math.min(Math.max(Number(values.requests), 100), 100_000);
const FRONTEND = "http://localhost:3000";
const json = { "content-type": "application/json", origin: FRONTEND };
/** A distinct client IP per request, so Better Auth's per-IP rate limits never answer instead of the route. */
const ipOf = (index: number) => `198.18.${(index >> 8) & 255}.${index & 255}`;

const MOCK = `const { serveUntilSignal } = await import(${JSON.stringify(fileURLToPath(new URL("./serve-until-signal.ts", import.meta.url)))});
await serveUntilSignal({ port: 0 });`;
/** The floor of this machine: a bare node:http server answering a fixed JSON body. */
const BARE = `const server = (await import("node:http")).createServer((req, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}'));
server.listen(0, "127.0.0.1", () => console.log("listening on http://localhost:" + server.address().port));
process.once("SIGINT", () => server.close());`;

/** Runs a server script in a child process; resolves with its URL once it prints "listening on <url>". */
function startChild(script: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let output: string | null = "";
    // Keeps reading after the URL, so the child's log never fills the pipe.
    child.stdout.on("data", (chunk: Buffer) => {
      if (output === null) return;
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url === undefined) return;
      output = null;
      resolve({ url, stop: () => (child.kill("SIGINT"), exited) });
    });
    child.once("exit", (code) => reject(new Error(`Failed to start the mock for the benchmark: it exited with ${code}. See its output above.`)));
  });
}

async function run(pool: Pool, scenario: Scenario, requests = REQUESTS): Promise<{ rps: number; p50: number; p99: number; statuses: Map<number, number> }> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      const index = next++;
      const started = performance.now();
      const response = await pool.request(scenario.request(index));
      await response.body.dump();
      latencies.push(performance.now() - started);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * quantile))] ?? 0;
  return { rps: (requests / elapsed) * 1000, p50: at(0.5), p99: at(0.99), statuses };
}

const WARM_UP = 500;

/** Warms up, measures, and prints one line. */
async function measure(pool: Pool, scenario: Scenario): Promise<void> {
  await run(pool, { ...scenario, request: (i) => scenario.request(i + 60_000) }, WARM_UP);
  const result = await run(pool, scenario);
  const statuses = [...result.statuses].map(([status, count]) => `${status}×${count}`).join(" ");
  console.log(`${scenario.name.padEnd(52)} ${result.rps.toFixed(0).padStart(8)} ${result.p50.toFixed(2).padStart(8)} ${result.p99.toFixed(2).padStart(8)}  ${statuses}`);
}

console.log(`${CONNECTIONS} connections, ${REQUESTS} requests per scenario after ${WARM_UP} warm-up, Node ${process.version}, load average ${(await import("node:os")).loadavg()[0]?.toFixed(1)}\n`);
console.log(`${"scenario".padEnd(52)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}  statuses`);
const bare = await startChild(BARE);
const barePool = new Pool(bare.url, { connections: CONNECTIONS });
await measure(barePool, { name: "baseline: bare node:http, fixed JSON", request: () => ({ path: "/", method: "GET" }) });
await barePool.close();
await bare.stop();

const mock = await startChild(MOCK);
const pool = new Pool(mock.url, { connections: CONNECTIONS });
try {
  const signUp = await pool.request({ path: "/api/auth/sign-up/email", method: "POST", headers: { ...json, "x-forwarded-for": "198.19.0.1" }, body: JSON.stringify({ name: "Bench", email: "bench@example.com", password: "correct-horse-battery" }) });
  await signUp.body.dump();
  const raw = signUp.headers["set-cookie"];
  const cookies = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((line) => line.split(";")[0] ?? "");
  const tokenOnly = cookies.filter((cookie) => cookie.startsWith("better-auth.session_token=")).join("; ");
  const scenarios: Scenario[] = [
    { name: "401 GET /api/auth/list-sessions, no session", request: (i) => ({ path: "/api/auth/list-sessions", method: "GET", headers: { "x-forwarded-for": ipOf(i) } }) },
    { name: "200 GET /api/auth/get-session, cookie cache", request: (i) => ({ path: "/api/auth/get-session", method: "GET", headers: { cookie: cookies.join("; "), "x-forwarded-for": ipOf(i) } }) },
    { name: "200 GET /api/auth/get-session, token only (store)", request: (i) => ({ path: "/api/auth/get-session", method: "GET", headers: { cookie: tokenOnly, "x-forwarded-for": ipOf(i) } }) },
    { name: "401 POST /api/auth/sign-in/email, wrong password", request: (i) => ({ path: "/api/auth/sign-in/email", method: "POST", headers: { ...json, "x-forwarded-for": ipOf(i) }, body: JSON.stringify({ email: "bench@example.com", password: "wrong-password" }) }) },
    { name: "200 POST /api/auth/is-username-available", request: (i) => ({ path: "/api/auth/is-username-available", method: "POST", headers: { ...json, "x-forwarded-for": ipOf(i) }, body: JSON.stringify({ username: `user${i}` }) }) },
  ];
  for (const scenario of scenarios) await measure(pool, scenario);
} finally {
  await pool.close();
  await mock.stop();
}
