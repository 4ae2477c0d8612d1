// The demo clinic's records, read back through the API as a frontend would: the list endpoints
// answer what the seed says it holds, every answer conforms to the spec, and the same clock gives
// the same clinic.
import { expect, test } from "vitest";
import { matchOperation, validateResponse } from "#openapi";
import type { components } from "#openapi";
import { createClock } from "../core/clock.ts";
import { createMockApi } from "../create-mock-api.ts";
import type { MockApi, SeedInfo } from "../glossary.ts";
import { signedInAs, testClient, type TestClient } from "#targets/testing/test-client";

type Schemas = components["schemas"];

/** A Monday morning, so "today" and "this week" are fixed for the checks that need them. */
const MONDAY = Date.parse("2026-03-02T10:00:00.000Z");

async function demoAt(epochMs: number): Promise<{ api: MockApi; seed: SeedInfo; records: NonNullable<SeedInfo["records"]> }> {
  const api = await createMockApi({ seed: "demo", log: () => {}, clock: createClock(epochMs) });
  const seed = api.seed();
  if (seed?.records === undefined) throw new Error("Failed to read the demo seed: createMockApi returned no records. Check seedDemoClinic.");
  return { api, seed, records: seed.records };
}

/** GET a list; fails with the spec's diagnostics unless the answer is 200 and conforms to its operation. */
async function list<T>(client: TestClient, path: string): Promise<T[]> {
  const { status, body } = await client.request(path, { operationId: null });
  const operationId = matchOperation("GET", new URL(path, "http://x").pathname)?.operation.operationId ?? "(none)";
  const result = validateResponse(operationId, status, body);
  expect(result.ok ? [] : result.diagnostics, `GET ${path} → ${status} against ${operationId}`).toEqual([]);
  expect(status).toBe(200);
  return conforms<T[]>(operationId, body) ? body : [];
}

function conforms<T>(operationId: string, body: unknown): body is T {
  return validateResponse(operationId, 200, body).ok;
}

const dateOf = (epochMs: number, plusDays = 0): string => new Date(epochMs + plusDays * 86_400_000).toISOString().slice(0, 10);

test("the owner's list endpoints answer the seeded records, each answer valid under the spec", async () => {
  const { api, seed, records } = await demoAt(MONDAY);
  const owner = await signedInAs(api, seed, "owner");
  const patients = await list<Schemas["Patient"]>(owner, "/api/patients");
  const appointments = await list<Schemas["Appointment"]>(owner, "/api/appointments");
  const prescriptions = await list<Schemas["Prescription"]>(owner, "/api/prescriptions");
  const tasks = await list<Schemas["Task"]>(owner, "/api/tasks");
  const conversations = await list<Schemas["ConversationSummary"]>(owner, "/api/conversations");
  expect(patients).toHaveLength(records.patients);
  expect(records.patients).toBeGreaterThanOrEqual(12);
  expect(appointments).toHaveLength(records.appointments);
  expect(appointments.filter((appointment) => appointment.date === dateOf(MONDAY))).toHaveLength(records.appointmentsToday);
  expect(records.appointmentsToday).toBeGreaterThan(0);
  expect(appointments.every((appointment) => appointment.date >= dateOf(MONDAY, -7) && appointment.date <= dateOf(MONDAY, 7))).toBe(true);
  expect(prescriptions).toHaveLength(records.prescriptions);
  expect(new Set(prescriptions.map((prescription) => prescription.status))).toEqual(new Set(["active", "completed", "expired"]));
  expect(tasks).toHaveLength(records.tasks);
  expect(new Set(tasks.map((task) => task.status))).toEqual(new Set(["todo", "in_progress", "done"]));
  expect(new Set(tasks.map((task) => task.assigneeRole).filter((role) => role !== null)).size).toBeGreaterThanOrEqual(3);
  expect(conversations).toHaveLength(records.conversations);
  expect(conversations.every((conversation) => conversation.unreadCount > 0)).toBe(true);
  let messages = 0;
  for (const conversation of conversations) messages += (await list<Schemas["ConversationMessage"]>(owner, `/api/conversations/${conversation.id}/messages`)).length;
  expect(messages).toBe(records.messages);
});

test("patients are spread across the doctors, and the demo doctor reads only her own (D4)", async () => {
  const { api, seed } = await demoAt(MONDAY);
  const owner = await signedInAs(api, seed, "owner");
  const providers = await list<Schemas["Provider"]>(owner, "/api/staff/providers");
  const doctors = providers.filter((provider) => provider.role === "doctor");
  expect(doctors.map((doctor) => doctor.name)).toEqual(["Dr. Kwame Asante", "Dr. Leila Haddad"]);
  const patients = await list<Schemas["Patient"]>(owner, "/api/patients");
  for (const doctor of doctors) expect(patients.filter((patient) => patient.primaryProviderId === doctor.userId).length, doctor.name).toBeGreaterThanOrEqual(4);
  expect(patients.every((patient) => patient.primaryProviderId === null || providers.some((provider) => provider.userId === patient.primaryProviderId))).toBe(true);
  const leila = doctors.find((doctor) => doctor.name === "Dr. Leila Haddad");
  const hers = await list<Schemas["Patient"]>(await signedInAs(api, seed, "doctor"), "/api/patients");
  expect(hers.map((patient) => patient.fileNumber)).toEqual(patients.filter((patient) => patient.primaryProviderId === leila?.userId).map((patient) => patient.fileNumber));
  const atTheDesk = await list<Schemas["Patient"]>(await signedInAs(api, seed, "reception"), "/api/patients");
  expect(atTheDesk).toHaveLength(patients.length);
  expect(atTheDesk.every((patient) => patient.medications.length === 0 && patient.labs.length === 0)).toBe(true);
});

test("every appointment, prescription and task names a patient of the clinic by file number", async () => {
  const { api, seed } = await demoAt(MONDAY);
  const owner = await signedInAs(api, seed, "owner");
  const patients = new Map((await list<Schemas["Patient"]>(owner, "/api/patients")).map((patient) => [patient.fileNumber, patient.name]));
  for (const { fileNumber, name } of await list<Schemas["Appointment"]>(owner, "/api/appointments")) expect(patients.get(fileNumber)).toBe(name);
  for (const { fileNumber, name } of await list<Schemas["Prescription"]>(owner, "/api/prescriptions")) expect(patients.get(fileNumber)).toBe(name);
  for (const { patient } of await list<Schemas["Task"]>(owner, "/api/tasks")) if (patient !== null) expect(patients.has(patient), patient).toBe(true);
});

test("two mocks on the same clock seed the same clinic, and a later clock moves its dates along", async () => {
  const summary = async (epochMs: number) => {
    const { api, seed } = await demoAt(epochMs);
    const owner = await signedInAs(api, seed, "owner");
    return {
      patients: (await list<Schemas["Patient"]>(owner, "/api/patients")).map(({ fileNumber, name, pcp }) => `${fileNumber} ${name} ${pcp}`),
      appointments: (await list<Schemas["Appointment"]>(owner, "/api/appointments")).map(({ date, time, name, status }) => `${date} ${time} ${name} ${status}`),
      prescriptions: (await list<Schemas["Prescription"]>(owner, "/api/prescriptions")).map(({ prescribedAt, medication, status }) => `${prescribedAt} ${medication} ${status}`),
      tasks: (await list<Schemas["Task"]>(owner, "/api/tasks")).map(({ title, status }) => `${title} ${status}`),
    };
  };
  const first = await summary(MONDAY);
  expect(await summary(MONDAY)).toEqual(first);
  const weekLater = await summary(MONDAY + 7 * 86_400_000);
  expect(weekLater.patients).toEqual(first.patients);
  expect(weekLater.appointments[0]?.slice(0, 10)).toBe(dateOf(MONDAY, 7 - 2));
  expect(first.appointments[0]?.slice(0, 10)).toBe(dateOf(MONDAY, -2));
});

test("reset() seeds the same records again without pushing them to listeners", async () => {
  const { api, records } = await demoAt(MONDAY);
  const events: unknown[] = [];
  api.onRealtime((event) => events.push(event));
  await api.reset();
  expect(api.seed()?.records).toEqual(records);
  expect(events).toEqual([]);
});

test("the empty seed stays empty: no clinic, and the demo logins do not exist", async () => {
  const api = await createMockApi({ seed: "empty", log: () => {} });
  expect(api.seed()).toBeNull();
  const signIn = await testClient(api).request("/api/auth/sign-in/username", { json: { username: "amina", password: "sunrise-owner-demo" } });
  expect(signIn.status).toBe(401);
});
