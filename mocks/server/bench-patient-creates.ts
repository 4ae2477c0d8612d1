// Cost of registering a patient as a clinic grows: a benchmark script that prints figures, not a test.
//   node mocks/server/bench-patient-creates.ts [--patients 15000]
// One clinic, in-process (api.fetch), creates without a file number; prints the mean time per create
// for each fifth of the run. The numbering rules must not scan the clinic, so the figures stay flat.
import { parseArgs } from "node:util";
import { createMockApi } from "../create-mock-api.ts";

const { values } = parseArgs({ options: { patients: { type: "string", default: "15000" } } });
const PATIENTS = Math.min(Math.max(Number(values.patients), 1000), 200_000);
const BASE = "http://localhost:4000";
const headers = { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "192.0.2.7" };

const api = await createMockApi({ log: () => {} });
const jar = new Map<string, string>();
/** Sends a request with the jar's cookies and keeps what it sets, as a browser would. */
async function send(path: string, body?: unknown): Promise<Response> {
  const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const init = body === undefined ? { headers: { ...headers, cookie } } : { method: "POST", headers: { ...headers, cookie }, body: JSON.stringify(body) };
  const response = await api.fetch(new Request(`${BASE}${path}`, init));
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return response;
}

await send("/api/auth/sign-up/email", { name: "Owner", email: "owner@example.com", password: "correct-horse-battery" });
await send("/api/auth/organization/create", { name: "Large Clinic", slug: "large-clinic" });
await send("/api/auth/organization/set-active", { organizationSlug: "large-clinic" });
const fifth = Math.floor(PATIENTS / 5);
console.log(`${PATIENTS} patients in one clinic, in-process, Node ${process.version}`);
let started = performance.now();
for (let index = 1; index <= PATIENTS; index++) {
  const response = await send("/api/patients", { name: `Patient ${index}` });
  if (response.status !== 201) throw new Error(`Failed to register patient ${index}: ${response.status} ${await response.text()}`);
  if (index % fifth === 0) {
    const now = performance.now();
    console.log(`patients ${String(index - fifth + 1).padStart(6)}–${String(index).padEnd(6)} ${((now - started) / fifth).toFixed(2).padStart(7)} ms per create`);
    started = now;
  }
}
