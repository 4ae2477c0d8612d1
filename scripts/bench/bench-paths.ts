// The four requests every target is driven with: an authenticated read, a 401, a 403 and a validated
// create (into the registrar's clinic, so the list read keeps its one patient).
import type { BenchActors } from "./bench-clinic.ts";

export type BenchRequest = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };

export type BenchPath = {
  name: string;
  /** The status a contract-true target answers; anything else marks the row. */
  expected: number;
  request(actors: BenchActors): BenchRequest;
};

const FRONTEND = "http://localhost:3000";
/** A valid PatientInput without a file number: each create takes the clinic's next one (D5). */
const NEW_PATIENT = JSON.stringify({ name: "Bench Registration", age: 30, sex: "M", phone: "+1 555 0199" });
const json = (cookie: string) => ({ origin: FRONTEND, "content-type": "application/json", ...(cookie === "" ? {} : { cookie }) });

export const BENCH_PATHS: readonly BenchPath[] = [
  { name: "GET /api/patients, signed in", expected: 200, request: (actors) => ({ method: "GET", path: "/api/patients", headers: { origin: FRONTEND, cookie: actors.owner } }) },
  { name: "GET /api/patients, no cookie", expected: 401, request: () => ({ method: "GET", path: "/api/patients", headers: { origin: FRONTEND } }) },
  { name: "POST /api/patients, pharmacist", expected: 403, request: (actors) => ({ method: "POST", path: "/api/patients", headers: json(actors.pharmacist), body: NEW_PATIENT }) },
  { name: "POST /api/patients, valid body", expected: 201, request: (actors) => ({ method: "POST", path: "/api/patients", headers: json(actors.registrar), body: NEW_PATIENT }) },
];
