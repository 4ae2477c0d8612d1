// The appointment handlers on a demo clinic: defaults, shape-only dates (D11), ordering and 404s.
import { expect, test } from "vitest";
import { temetroMessage } from "#openapi";
import { demoMock, field, pick, signedInAs } from "#targets/testing/test-client";

test("fills in initials, type, provider and status, and accepts a date of the right shape only", async () => {
  const { api, seed } = await demoMock();
  const reception = await signedInAs(api, seed, "reception");
  const created = await reception.request("/api/appointments", { json: { name: " Ibrahim Musa ", date: "2026-02-30", time: "99:99" } });
  expect(created).toMatchObject({ status: 201, body: { name: "Ibrahim Musa", initials: "IM", type: "Unspecified", provider: "Unassigned", status: "confirmed", date: "2026-02-30" } });
});

test("answers temetro's messages for a missing name and a malformed date or time", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const refused = await owner.request("/api/appointments", { json: { name: " ", date: "24/11/2026", time: "9:30" } });
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({ details: [{ message: "Patient name is required." }, { message: "Date must be YYYY-MM-DD." }, { message: "Time must be HH:mm." }] });
});

test("lists by date, then time", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  for (const [date, time] of [["2026-11-25", "08:00"], ["2026-11-24", "11:00"], ["2026-11-24", "09:30"]]) {
    await owner.request("/api/appointments", { json: { name: "Ibrahim Musa", date, time } });
  }
  const listed = (await owner.request("/api/appointments")).body;
  // The demo's own appointments are listed too; these are Ibrahim Musa's.
  const ibrahims = Array.isArray(listed) ? listed.filter((appointment) => pick(appointment, "name") === "Ibrahim Musa") : [];
  expect(ibrahims).toMatchObject([{ date: "2026-11-24", time: "09:30" }, { date: "2026-11-24", time: "11:00" }, { date: "2026-11-25", time: "08:00" }]);
});

test("replaces an appointment on PUT and deletes it", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const id = field((await owner.request("/api/appointments", { json: { name: "Ibrahim Musa", date: "2026-11-24", time: "09:30", type: "Follow-up" } })).body, "id");
  const replaced = await owner.request(`/api/appointments/${id}`, { method: "PUT", json: { name: "Ibrahim Musa", date: "2026-11-25", time: "10:00" } });
  expect(replaced.body).toMatchObject({ id, date: "2026-11-25", type: "Unspecified" });
  expect((await owner.request(`/api/appointments/${id}`, { method: "DELETE" })).status).toBe(204);
  expect(await owner.request(`/api/appointments/${id}`, { method: "DELETE" })).toMatchObject({ status: 404, body: { error: temetroMessage("APPOINTMENT_NOT_FOUND") } });
});

test("answers 404 for an id that is not a UUID", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const answer = await owner.request("/api/appointments/42", { method: "PUT", json: { name: "Ibrahim Musa", date: "2026-11-25", time: "10:00" } });
  expect(answer).toMatchObject({ status: 404, body: { error: temetroMessage("APPOINTMENT_NOT_FOUND") } });
});
