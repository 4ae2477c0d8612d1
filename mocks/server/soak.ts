// Memory of the standalone mock under a long load: a script that prints figures, not a test.
//   node mocks/server/soak.ts [--requests 1000000] [--connections 10]
// Drives the mock in a child process with requests that create no records (each from a new client IP,
// as many browsers would), and prints the child's RSS after each tenth and after ten idle seconds.
// Whatever the mock keeps per request or per client must be bounded, so RSS levels off.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { Pool } from "undici";
import { MOCK_SERVER_SCRIPT, runScenario, signUpOverPool, startChild } from "./load-driver.ts";
import type { Scenario } from "./load-driver.ts";

const { values } = parseArgs({ options: { requests: { type: "string", default: "1000000" }, connections: { type: "string", default: "10" } } });
const REQUESTS = Math.min(Math.max(Number(values.requests), 10_000), 10_000_000);
const CONNECTIONS = Math.min(Math.max(Number(values.connections), 1), 100);
const FRONTEND = "http://localhost:3000";
const json = { "content-type": "application/json", origin: FRONTEND };
const ipOf = (index: number) => `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;


/** The resident set of a process in MiB, from /proc (Linux). */
function rssMiB(pid: number): number {
  const kib = Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? "0");
  return kib / 1024;
}

const mock = await startChild(MOCK_SERVER_SCRIPT);
const pool = new Pool(mock.url, { connections: CONNECTIONS });
try {
  const cookies = await signUpOverPool(pool, "192.0.2.1", "Soak", "soak@example.com");
  const token = cookies.filter((cookie) => cookie.startsWith("better-auth.session_token=")).join("; ");
  const scenarios: Scenario[] = [
    { name: "401 list-sessions", request: (i) => ({ path: "/api/auth/list-sessions", method: "GET", headers: { "x-forwarded-for": ipOf(i) } }) },
    { name: "200 get-session", request: (i) => ({ path: "/api/auth/get-session", method: "GET", headers: { cookie: token, "x-forwarded-for": ipOf(i) } }) },
    { name: "401 sign-in wrong password", request: (i) => ({ path: "/api/auth/sign-in/email", method: "POST", headers: { ...json, "x-forwarded-for": ipOf(i) }, body: JSON.stringify({ email: "soak@example.com", password: "wrong-password" }) }) },
    { name: "401 GET /api/patients", request: (i) => ({ path: "/api/patients", method: "GET", headers: { "x-forwarded-for": ipOf(i) } }) },
  ];
  const tenth = Math.ceil(REQUESTS / 10);
  console.log(`${REQUESTS} requests over ${CONNECTIONS} connections, a new client IP each, Node ${process.version}`);
  console.log(`${"requests".padStart(9)} ${"RSS MiB".padStart(8)} ${"req/s".padStart(7)}`);
  console.log(`${"0".padStart(9)} ${rssMiB(mock.pid).toFixed(0).padStart(8)}`);
  for (let sent = 0; sent < REQUESTS; sent += tenth) {
    const per = Math.ceil(tenth / scenarios.length);
    let rps = 0;
    for (const [n, scenario] of scenarios.entries()) {
      const offset = sent + n * per;
      rps += (await runScenario(pool, { ...scenario, request: (i) => scenario.request(offset + i) }, per, CONNECTIONS)).rps / scenarios.length;
    }
    console.log(`${String(Math.min(sent + tenth, REQUESTS)).padStart(9)} ${rssMiB(mock.pid).toFixed(0).padStart(8)} ${rps.toFixed(0).padStart(7)}`);
  }
  await sleep(10_000);
  console.log(`idle 10 s ${rssMiB(mock.pid).toFixed(0).padStart(8)}`);
} finally {
  await pool.close();
  await mock.stop();
}
