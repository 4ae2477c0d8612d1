// The prescription handlers on a demo clinic: who may create (D1), real dates (D11), defaults and ordering.
import { expect, test } from "vitest";
import { demoMock, field, pick, signedInAs } from "#targets/testing/test-client";

const metformin = { fileNumber: "10000", name: "Ibrahim Musa", initials: "IM", medication: "Metformin", dose: "500 mg", frequency: "Twice daily" };

test("refuses pharmacy a create but lets it update (D1)", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  const pharmacy = await signedInAs(api, seed, "pharmacy");
  expect(await pharmacy.request("/api/prescriptions", { json: metformin })).toMatchObject({ status: 403, body: { error: "You don't have permission to do that." } });
  const id = field((await doctor.request("/api/prescriptions", { json: metformin })).body, "id");
  const updated = await pharmacy.request(`/api/prescriptions/${id}`, { method: "PUT", json: { ...metformin, status: "completed" } });
  expect(updated).toMatchObject({ status: 200, body: { status: "completed", prescriber: "Grace Liu" } });
});

test("names the caller as prescriber and today as the date when the body gives none", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  const created = await doctor.request("/api/prescriptions", { json: metformin });
  expect(created.body).toMatchObject({ prescriber: "Dr. Leila Haddad", prescribedAt: new Date(api.clock.now()).toISOString().slice(0, 10), startDate: null, notes: null });
});

test("keeps the stored prescribedAt on a PUT without one and clears omitted start and end dates", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  const id = field((await doctor.request("/api/prescriptions", { json: { ...metformin, prescribedAt: "2026-01-05", startDate: "2026-01-06" } })).body, "id");
  const updated = await doctor.request(`/api/prescriptions/${id}`, { method: "PUT", json: metformin });
  expect(updated.body).toMatchObject({ prescribedAt: "2026-01-05", startDate: null });
});

test("answers 400 for a date of the right shape that does not exist (D11)", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  const refused = await doctor.request("/api/prescriptions", { json: { ...metformin, startDate: "2026-13-45" } });
  expect(refused).toMatchObject({ status: 400, body: { error: "Validation failed", details: [{ path: ["startDate"], message: "Date must be YYYY-MM-DD." }] } });
});

test("requires initials", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  expect((await doctor.request("/api/prescriptions", { json: { ...metformin, initials: " " } })).status).toBe(400);
});

test("lists newest prescribedAt first, then newest created first", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  for (const [medication, prescribedAt] of [["A", "2026-01-01"], ["B", "2026-03-01"], ["C", "2026-01-01"]]) {
    await doctor.request("/api/prescriptions", { json: { ...metformin, medication, prescribedAt } });
    api.clock.advance(1000);
  }
  const listed = (await doctor.request("/api/prescriptions")).body;
  // The demo's own prescriptions are listed too; these are Ibrahim Musa's.
  const ibrahims = Array.isArray(listed) ? listed.filter((prescription) => pick(prescription, "name") === "Ibrahim Musa") : [];
  expect(ibrahims).toMatchObject([{ medication: "B" }, { medication: "C" }, { medication: "A" }]);
});
