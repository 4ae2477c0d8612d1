// What a clinic's size does to one request: a benchmark script that prints figures, not a test.
//   node mocks/server/bench-patient-creates.ts [--patients 15000] [--samples 500]
// One mock in-process, asked through MockApi.answer (the standalone server's direct path, no network).
// The clinic is filled through the patients service (insertPatient, as the demo seed does) to 0, 5,000
// and --patients; at each size it times, one request at a time, POST /api/patients without a file
// number, GET /api/patients/{fileNumber} and GET /api/patients. Numbering and record lookups are
// indexed per clinic, so a create and a single read cost the same in a full clinic as in an empty one;
// the list grows with the clinic, as its answer does.
import { parseArgs } from "node:util";
import { createMockApi, createMockContext } from "../create-mock-api.ts";
import type { MockRequest } from "../core/mock-request.ts";
import { patientFieldsOf } from "../services/patient-input.ts";
import { insertPatient } from "../services/patients.ts";
import { timeRuns, type RunTimes } from "./time-runs.ts";

const { values } = parseArgs({ options: { patients: { type: "string", default: "15000" }, samples: { type: "string", default: "500" } } });
const PATIENTS = Math.min(Math.max(Number(values.patients), 5000), 200_000);
const SAMPLES = Math.min(Math.max(Number(values.samples), 10), 10_000);
const LIST_SAMPLES = 5;
const BASE = "http://localhost:4000";
const headers = { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "192.0.2.7" };

const ctx = createMockContext({ log: () => {} });
const api = await createMockApi({ log: () => {} }, ctx);
let cookie = "";

/** Sends a request the way the standalone server hands it over; keeps the cookies it sets. */
async function send(method: string, path: string, expected: number, body?: unknown): Promise<string> {
  const request: MockRequest = { method, url: `${BASE}${path}`, headers: new Headers({ ...headers, cookie }), text: async () => (body === undefined ? "" : JSON.stringify(body)) };
  const answer = await api.answer(request);
  if (answer?.status !== expected) throw new Error(`Failed to ${method} ${path}: ${answer?.status ?? "no operation"} instead of ${expected}: ${String(answer?.body)}`);
  if (answer.cookies.length > 0) cookie = answer.cookies.map((line) => line.split(";")[0]).join("; ");
  return typeof answer.body === "string" ? answer.body : "";
}

const register = () => send("POST", "/api/patients", 201, { name: "Timed Registration" });

await send("POST", "/api/auth/sign-up/email", 200, { name: "Owner", email: "owner@example.com", password: "correct-horse-battery" });
await send("POST", "/api/auth/organization/create", 200, { name: "Large Clinic", slug: "large-clinic" });
// Warm-up (the JIT) in a clinic of its own, so the large one starts empty.
await send("POST", "/api/auth/organization/create", 200, { name: "Warm-up Clinic", slug: "warm-up" });
await send("POST", "/api/auth/organization/set-active", 200, { organizationSlug: "warm-up" });
await timeRuns(SAMPLES, register);
await timeRuns(SAMPLES, () => send("GET", "/api/patients/10000", 200));
await send("POST", "/api/auth/organization/set-active", 200, { organizationSlug: "large-clinic" });
const owner = await api.resolveSession(new Headers({ cookie }));
const organizationId = owner?.session.activeOrganizationId;
if (owner === null || !organizationId) throw new Error("Failed to set up the clinic: the owner's session has no active clinic.");

console.log(`One clinic, in-process (MockApi.answer), ${SAMPLES} requests per size and kind (the list: ${LIST_SAMPLES}), Node ${process.version}\n`);
console.log(`${"patients".padStart(8)}  ${"request".padEnd(32)} ${"mean ms".padStart(9)} ${"p99 ms".padStart(9)} ${"CPU µs/req".padStart(11)}`);
const print = (size: number, request: string, figures: RunTimes) =>
  console.log(`${String(size).padStart(8)}  ${request.padEnd(32)} ${figures.mean.toFixed(3).padStart(9)} ${figures.p99.toFixed(3).padStart(9)} ${figures.cpuMicros.toFixed(0).padStart(11)}`);
let filled = 0;
for (const size of [0, 5000, PATIENTS]) {
  for (; filled < size; filled++) await insertPatient(ctx, organizationId, owner.user.id, patientFieldsOf({ name: `Patient ${filled}` }));
  const creates = await timeRuns(SAMPLES, register);
  // The creates took the clinic's next numbers from 10000 on: read some of them back at random.
  const stored = filled + SAMPLES;
  const reads = await timeRuns(SAMPLES, () => send("GET", `/api/patients/${10000 + Math.floor(Math.random() * stored)}`, 200));
  const list = await timeRuns(LIST_SAMPLES, () => send("GET", "/api/patients", 200));
  filled = stored;
  print(size, "POST /api/patients", creates);
  print(size, "GET /api/patients/{fileNumber}", reads);
  print(size, "GET /api/patients", list);
}
