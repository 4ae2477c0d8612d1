// What the number of accounts a mock holds does to one request: a benchmark script that prints
// figures, not a test.
//   node mocks/server/bench-accounts.ts [--accounts 4000] [--samples 300]
// One mock in-process, asked through MockApi.answer (the standalone server's direct path, no network),
// as a standalone mock is after a day of a frontend's sign-ups or a CI's verify runs. It fills the
// store with accounts (each signed up, with a clinic of its own and that clinic active) to 0, 1,000
// and --accounts, and at each size times, one request at a time, a signed-in GET /api/patients, and a
// new account's sign-up, clinic and set-active. Look-ups still walk the store's records, but with one
// plain predicate each (mocks/core/fields-equal.ts), not @msw/data's object conditions, which built
// entry lists and closures per record: both still grow with the store, some five times slower than before.
import { parseArgs } from "node:util";
import { createMockApi } from "../create-mock-api.ts";
import type { MockRequest } from "../core/mock-request.ts";
import { timeRuns, type RunTimes } from "./time-runs.ts";

const { values } = parseArgs({ options: { accounts: { type: "string", default: "4000" }, samples: { type: "string", default: "300" } } });
const ACCOUNTS = Math.min(Math.max(Number(values.accounts), 1000), 50_000);
const SAMPLES = Math.min(Math.max(Number(values.samples), 10), 10_000);
const BASE = "http://localhost:4000";

const api = await createMockApi({ log: () => {} });
let accounts = 0;

/** Sends a request the way the standalone server hands it over, from a client IP of its own (no rate limit fills); returns the cookies it sets as a Cookie header. */
async function send(method: string, path: string, expected: number, cookie: string, body?: unknown): Promise<string> {
  const headers = new Headers({ "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": `198.18.${(accounts >> 8) & 255}.${accounts & 255}`, cookie });
  const request: MockRequest = { method, url: `${BASE}${path}`, headers, text: async () => (body === undefined ? "" : JSON.stringify(body)) };
  const answer = await api.answer(request);
  if (answer?.status !== expected) throw new Error(`Failed to ${method} ${path}: ${answer?.status ?? "no operation"} instead of ${expected}: ${String(answer?.body)}`);
  return answer.cookies.length > 0 ? answer.cookies.map((line) => line.split(";")[0]).join("; ") : cookie;
}

/** Signs up a new account, creates its clinic and makes it active; the account's cookies. */
async function newAccount(): Promise<string> {
  const index = accounts++;
  let cookie = await send("POST", "/api/auth/sign-up/email", 200, "", { name: `Account ${index}`, email: `account-${index}@example.test`, password: "correct-horse-battery" });
  cookie = await send("POST", "/api/auth/organization/create", 200, cookie, { name: `Clinic ${index}`, slug: `clinic-${index}` });
  return send("POST", "/api/auth/organization/set-active", 200, cookie, { organizationSlug: `clinic-${index}` });
}

// Warm-up (the JIT), then the store starts over: the first size is an empty store.
const warm = await newAccount();
await timeRuns(SAMPLES, () => send("GET", "/api/patients", 200, warm));
await timeRuns(SAMPLES, newAccount);
await api.reset();
accounts = 0;

console.log(`One mock, in-process (MockApi.answer), ${SAMPLES} requests per size and kind, Node ${process.version}\n`);
console.log(`${"accounts".padStart(8)}  ${"request".padEnd(40)} ${"mean ms".padStart(9)} ${"p99 ms".padStart(9)} ${"CPU µs/req".padStart(11)}`);
const print = (size: number, request: string, figures: RunTimes) =>
  console.log(`${String(size).padStart(8)}  ${request.padEnd(40)} ${figures.mean.toFixed(3).padStart(9)} ${figures.p99.toFixed(3).padStart(9)} ${figures.cpuMicros.toFixed(0).padStart(11)}`);
for (const size of [0, 1000, ACCOUNTS]) {
  while (accounts < size) await newAccount();
  const reader = await newAccount();
  print(size, "GET /api/patients, signed in", await timeRuns(SAMPLES, () => send("GET", "/api/patients", 200, reader)));
  print(size, "sign-up + clinic + set-active (3 requests)", await timeRuns(SAMPLES, newAccount));
}
