// The patient handlers on a demo clinic: file numbers (D5, D22), role views (D2, D3, D4), transfer,
// labs and record-change notifications, every answer checked against the spec by the test client.
// The demo already holds patients, so each test works on the ones it creates, by their file number.
import { expect, test } from "vitest";
import { temetroMessage } from "#openapi";
import type { RealtimeEvent } from "../../glossary.ts";
import { demoMock, field, pick, seededUser, signedInAs, signedUp, type TestClient } from "#targets/testing/test-client";

const ibrahim = { name: "Ibrahim Musa", age: 58, medications: [{ name: "Metformin", dose: "500 mg", frequency: "Twice daily" }], allergies: ["Penicillin"] };

/** Registers a patient and returns the file number the clinic gave them. */
async function register(client: TestClient, patient: object): Promise<string> {
  return field((await client.request("/api/patients", { json: patient })).body, "fileNumber");
}

test("numbers the first patient 10000 and the next one greatest plus one", async () => {
  const { api } = await demoMock();
  const owner = await signedUp(api, "new-clinic");
  const created = await owner.request("/api/auth/organization/create", { json: { name: "New Clinic", slug: "new-clinic" } });
  await owner.request("/api/auth/organization/set-active", { json: { organizationId: field(created.body, "id") } });
  expect(await register(owner, ibrahim)).toBe("10000");
  await owner.request("/api/patients", { json: { name: "Grace Obi", fileNumber: "P-20000" } });
  expect(field((await owner.request("/api/patients", { json: { name: "Tunde Bello" } })).body, "fileNumber")).toBe("20001");
});

test("answers 409 with temetro's text for a taken file number on POST and PUT (D22)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  await owner.request("/api/patients", { json: { ...ibrahim, fileNumber: "100" } });
  await owner.request("/api/patients", { json: { name: "Grace Obi", fileNumber: "200" } });
  const duplicate = await owner.request("/api/patients", { json: { name: "Grace Obi", fileNumber: "#100" } });
  expect(duplicate).toMatchObject({ status: 409, body: { error: temetroMessage("PATIENT_FILE_NUMBER_TAKEN", { fileNumber: 100 }) } });
  const renumber = await owner.request("/api/patients/200", { method: "PUT", json: { name: "Grace Obi", fileNumber: "100" } });
  expect(renumber).toMatchObject({ status: 409, body: { error: temetroMessage("PATIENT_FILE_NUMBER_TAKEN", { fileNumber: 100 }) } });
});

test("fills in the defaults of a lab result sent with a patient", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const created = await owner.request("/api/patients", { json: { name: "Grace Obi", labs: [{ name: "Hb", value: "13 g/dL" }] } });
  expect(created.body).toMatchObject({ labs: [{ name: "Hb", value: "13 g/dL", flag: "normal", takenAt: "" }] });
});

test("defaults the flag and takenAt of an appended lab result (D9 revised)", async () => {
  const { api, seed } = await demoMock();
  const lab = await signedInAs(api, seed, "lab");
  const fileNumber = await register(await signedInAs(api, seed, "owner"), { name: "Grace Obi" });
  const appended = await lab.request(`/api/patients/${fileNumber}/labs`, { json: { labs: [{ name: "K", value: "4.1" }] } });
  expect(appended).toMatchObject({ status: 201, body: { labs: [{ name: "K", value: "4.1", flag: "normal", takenAt: "" }] } });
});

test("refuses a file number past PostgreSQL's bigint maximum and answers 409 when none is left to assign (D38)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const refused = await owner.request("/api/patients", { json: { name: "Grace Obi", fileNumber: "9".repeat(400) } });
  expect(refused).toMatchObject({ status: 400, body: { details: [{ code: "custom", path: ["fileNumber"], message: "File number must be at most 9223372036854775807." }] } });
  expect((await owner.request("/api/patients", { json: { name: "Grace Obi", fileNumber: "9223372036854775807" } })).status).toBe(201);
  const exhausted = await owner.request("/api/patients", { json: { name: "Tunde Bello" } });
  expect(exhausted).toMatchObject({ status: 409, body: { error: temetroMessage("FILE_NUMBERS_EXHAUSTED") } });
});

test("keeps the file number when a PUT sends none (D24)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const fileNumber = await register(owner, ibrahim);
  const updated = await owner.request(`/api/patients/${fileNumber}`, { method: "PUT", json: { name: "Ibrahim Musa", age: 59 } });
  expect(updated.body).toMatchObject({ fileNumber, age: 59, medications: [] });
});

test("writes only demographics for reception and redacts its answers, transfer included (D3)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const reception = await signedInAs(api, seed, "reception");
  const created = await reception.request("/api/patients", { json: { name: "Grace Obi", phone: " 0803 ", medications: ["Aspirin"] } });
  expect(created.body).toMatchObject({ phone: "0803", medications: [] });
  expect((await owner.request(`/api/patients/${field(created.body, "fileNumber")}`)).body).toMatchObject({ medications: [] });
  await owner.request("/api/patients", { json: { ...ibrahim, fileNumber: "7" } });
  await reception.request("/api/patients/7", { method: "PUT", json: { name: "Ibrahim Musa", phone: "0700" } });
  expect((await owner.request("/api/patients/7")).body).toMatchObject({ phone: "0700", medications: ibrahim.medications });
  const doctorId = await userIdOf(api, seed, "doctor");
  const transferred = await reception.request("/api/patients/7/transfer", { json: { providerId: doctorId } });
  expect(transferred).toMatchObject({ status: 200, body: { pcp: "Dr. Leila Haddad", primaryProviderId: doctorId, medications: [], allergies: [] } });
});

test("hides medications from lab on reads and on its lab answers (D2)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const lab = await signedInAs(api, seed, "lab");
  const fileNumber = await register(owner, ibrahim);
  expect((await lab.request(`/api/patients/${fileNumber}`)).body).toMatchObject({ medications: [], allergies: [{ substance: "Penicillin" }] });
  const appended = await lab.request(`/api/patients/${fileNumber}/labs`, { json: { labs: [{ name: "HbA1c", value: "7.1 %", flag: "high", takenAt: "2026-11-18" }] } });
  expect(appended).toMatchObject({ status: 201, body: { medications: [], labs: [{ name: "HbA1c" }] } });
  const removed = await lab.request(`/api/patients/${fileNumber}/labs`, { method: "DELETE", json: { name: "HbA1c", value: "7.1 %", takenAt: "2026-11-18" } });
  expect(removed).toMatchObject({ status: 200, body: { labs: [] } });
});

test("scopes a doctor's reads and transfer but not their writes (D4)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const doctor = await signedInAs(api, seed, "doctor");
  const ownersPatient = await register(owner, ibrahim);
  const doctorsPatient = await register(doctor, { name: "Grace Obi" });
  const listed = (await doctor.request("/api/patients")).body;
  const fileNumbers = Array.isArray(listed) ? listed.map((patient) => pick(patient, "fileNumber")) : [];
  expect(fileNumbers).toContain(doctorsPatient);
  expect(fileNumbers).not.toContain(ownersPatient);
  expect(await doctor.request(`/api/patients/${ownersPatient}`)).toMatchObject({ status: 404, body: { error: temetroMessage("PATIENT_NOT_FOUND") } });
  expect((await doctor.request(`/api/patients/${ownersPatient}/transfer`, { json: { providerId: await userIdOf(api, seed, "doctor") } })).status).toBe(404);
  expect((await doctor.request(`/api/patients/${ownersPatient}`, { method: "PUT", json: { name: "Ibrahim Musa" } })).status).toBe(200);
});

test("refuses a transfer to someone outside the clinic before looking up the patient", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const refused = await owner.request("/api/patients/99999/transfer", { json: { providerId: "not-a-member" } });
  expect(refused).toMatchObject({ status: 400, body: { error: temetroMessage("PROVIDER_NOT_A_MEMBER") } });
});

test("notifies every other member of a record change, in their user room", async () => {
  const { api, seed } = await demoMock();
  const events: RealtimeEvent[] = [];
  api.onRealtime((event) => events.push(event));
  const owner = await signedInAs(api, seed, "owner");
  const members = pick((await owner.request("/api/auth/organization/list-members")).body, "total");
  const fileNumber = await register(owner, ibrahim);
  expect(events).toHaveLength(Number(members) - 1);
  expect(events.every((event) => event.event === "notification:new" && event.room.startsWith("user:"))).toBe(true);
  expect(events[0]?.payload).toMatchObject({ type: "record_change", text: "Dr. Amina Yusuf added patient Ibrahim Musa", entityType: "patient", entityId: fileNumber, read: false, actorInitials: "DY" });
  expect(events.map((event) => event.room)).not.toContain(`user:${await userIdOf(api, seed, "owner")}`);
});

test("deletes a patient and then answers 404", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const fileNumber = await register(owner, ibrahim);
  expect((await owner.request(`/api/patients/${fileNumber}`, { method: "DELETE" })).status).toBe(204);
  expect((await owner.request(`/api/patients/${fileNumber}`)).status).toBe(404);
});

async function userIdOf(api: Awaited<ReturnType<typeof demoMock>>["api"], seed: Awaited<ReturnType<typeof demoMock>>["seed"], role: string): Promise<string> {
  const client = await signedInAs(api, seed, role);
  const { body } = await client.request("/api/auth/get-session");
  const user = typeof body === "object" && body !== null && "user" in body ? body.user : undefined;
  expect(field(user, "email")).toBe(seededUser(seed, role).email);
  return field(user, "id");
}
