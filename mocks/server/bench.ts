// Throughput of the standalone mock: a benchmark script that prints figures, not a test.
//   node mocks/server/bench.ts [--connections 10] [--requests 5000]
// The mock runs in a child process (as `npx temetro-contract mock` would); this process drives it over
// loopback with undici, N keep-alive connections, a fixed number of requests per scenario. A bare
// node:http server is measured first the same way: compare against it, as the machine's load moves both.
import { parseArgs } from "node:util";
import { Pool } from "undici";
import { BARE_SERVER_SCRIPT, MOCK_SERVER_SCRIPT, runScenario, signUpOverPool, startChild } from "./load-driver.ts";
import type { Scenario } from "./load-driver.ts";

const { values } = parseArgs({ options: { connections: { type: "string", default: "10" }, requests: { type: "string", default: "5000" } } });
const CONNECTIONS = Math.min(Math.max(Number(values.connections), 1), 100);
const REQUESTS = Math.min(Math.max(Number(values.requests), 100), 100_000);
const FRONTEND = "http://localhost:3000";
const json = { "content-type": "application/json", origin: FRONTEND };
/** A distinct client IP per request, so Better Auth's per-IP rate limits never answer instead of the route. */
const ipOf = (index: number) => `198.18.${(index >> 8) & 255}.${index & 255}`;

const WARM_UP = 500;

/** Warms up, measures, and prints one line. */
async function measure(pool: Pool, scenario: Scenario): Promise<void> {
  await runScenario(pool, { ...scenario, request: (i) => scenario.request(i + 60_000) }, WARM_UP, CONNECTIONS);
  const result = await runScenario(pool, scenario, REQUESTS, CONNECTIONS);
  const statuses = [...result.statuses].map(([status, count]) => `${status}×${count}`).join(" ");
  console.log(`${scenario.name.padEnd(52)} ${result.rps.toFixed(0).padStart(8)} ${result.p50.toFixed(2).padStart(8)} ${result.p99.toFixed(2).padStart(8)}  ${statuses}`);
}

console.log(`${CONNECTIONS} connections, ${REQUESTS} requests per scenario after ${WARM_UP} warm-up, Node ${process.version}, load average ${(await import("node:os")).loadavg()[0]?.toFixed(1)}\n`);
console.log(`${"scenario".padEnd(52)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}  statuses`);
const bare = await startChild(BARE_SERVER_SCRIPT);
const barePool = new Pool(bare.url, { connections: CONNECTIONS });
await measure(barePool, { name: "baseline: bare node:http, fixed JSON", request: () => ({ path: "/", method: "GET" }) });
await barePool.close();
await bare.stop();

const mock = await startChild(MOCK_SERVER_SCRIPT);
const pool = new Pool(mock.url, { connections: CONNECTIONS });
try {
  const cookies = await signUpOverPool(pool, "198.19.0.1", "Bench", "bench@example.com");
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
