// APPOINTMENTS: defaults and temetro's messages, date and time checked for their shape only (never a
// 500, D11), ordering, full replace on PUT, and 404 for an unknown or non-UUID id.
import { describe, expect } from "vitest";
import { temetroError, temetroMessage } from "#openapi";
import { bodyOf, expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import type { State } from "#contracts/states/index";
import { sharedState } from "#contracts/states/shared-state";
import { clinicWith, memberOf } from "#contracts/states/staffed-clinic";
import { appointmentBody, createAppointment } from "#contracts/states/record-requests";

const ownerOf = async (given: <S>(state: State<S>) => Promise<S>) => memberOf(await given(clinicWith([])), "owner").actor;
// Refusals are sent in a clinic no check writes to; checks that create appointments of their own
// and read back only those share the run's workbench; the list order gets a clinic of its own.
const readOnlyClinic = sharedState("a clinic with only its owner, read only");
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");
const benchOwner = async (given: <S>(state: State<S>) => Promise<S>) => (await given(workbench)).owner.actor;
const readOnlyOwner = async (given: <S>(state: State<S>) => Promise<S>) => (await given(readOnlyClinic)).owner.actor;

describe("POST /api/appointments", () => {
  check("APPOINTMENTS-DEFAULTS", "derives the initials and answers Unspecified, Unassigned and confirmed for what is not sent", async ({ given }) => {
    const reception = memberOf(await given(workbench), "reception").actor;
    const appointment = await createAppointment(reception, { name: " Ibrahim Musa ", date: "2026-11-24", time: "09:30" });
    expect(appointment).toMatchObject({ name: "Ibrahim Musa", initials: "IM", type: "Unspecified", provider: "Unassigned", status: "confirmed", source: "manual", fileNumber: "" });
  });

  check("APPOINTMENTS-MESSAGES", "answers a blank name and a malformed date and time with 400 and temetro's messages", async ({ given }) => {
    const owner = await readOnlyOwner(given);
    const refused = bodyOf(await owner.request("/api/appointments", { json: { name: " ", date: "24/11/2026", time: "9:30" } }), "createAppointment", 400);
    const messages = refused.details.map((issue) => issue.message);
    expect(messages).toEqual(expect.arrayContaining(["Patient name is required.", "Date must be YYYY-MM-DD.", "Time must be HH:mm."]));
  });

  check("APPOINTMENTS-D11-DATE-SHAPE-ONLY", "accepts a date and time of the right shape that do not exist, and never answers 500 (D11)", async ({ given }) => {
    const owner = await benchOwner(given);
    const appointment = await createAppointment(owner, appointmentBody({ date: "2026-02-30", time: "24:00" }));
    expect(appointment).toMatchObject({ date: "2026-02-30", time: "24:00" });
  });

  check("APPOINTMENTS-VALIDATION-MALFORMED-JSON", "answers malformed JSON with 400 Validation failed (D11)", async ({ given }) => {
    const owner = await readOnlyOwner(given);
    expect(bodyOf(await owner.request("/api/appointments", { body: '{"name":' }), "createAppointment", 400).error).toBe(temetroError("VALIDATION_FAILED").body.error);
  });
});

describe("GET /api/appointments", () => {
  check("APPOINTMENTS-LIST-ORDER", "lists by date, then time", async ({ given }) => {
    const owner = await ownerOf(given);
    for (const [date, time] of [["2026-11-25", "08:00"], ["2026-11-24", "11:00"], ["2026-11-24", "09:30"]]) await createAppointment(owner, appointmentBody({ date, time }));
    const listed = bodyOf(await owner.request("/api/appointments"), "listAppointments", 200);
    expect(listed.map((appointment) => `${appointment.date} ${appointment.time}`)).toEqual(["2026-11-24 09:30", "2026-11-24 11:00", "2026-11-25 08:00"]);
  });
});

describe("PUT /api/appointments/{id}", () => {
  check("APPOINTMENTS-PUT-REPLACES", "replaces the appointment: fields not sent take their defaults", async ({ given }) => {
    const owner = await benchOwner(given);
    const { id } = await createAppointment(owner);
    const replaced = bodyOf(await owner.request(`/api/appointments/${id}`, { method: "PUT", json: { name: "Ibrahim Musa", date: "2026-11-26", time: "10:00", status: "checked-in" } }), "updateAppointment", 200);
    expect(replaced).toMatchObject({ id, date: "2026-11-26", status: "checked-in", type: "Unspecified", provider: "Unassigned", fileNumber: "" });
  });

  check("APPOINTMENTS-NON-UUID-ID", `answers 404 "${temetroMessage("APPOINTMENT_NOT_FOUND")}" for an id that is not a UUID, never 500`, async ({ given }) => {
    const owner = await readOnlyOwner(given);
    expectTemetroError(await owner.request("/api/appointments/42", { method: "PUT", json: appointmentBody() }), 404, temetroMessage("APPOINTMENT_NOT_FOUND"));
  });
});

describe("DELETE /api/appointments/{id}", () => {
  check("APPOINTMENTS-DELETE", "deletes with 204, after which the id is 404", async ({ given }) => {
    const owner = await benchOwner(given);
    const { id } = await createAppointment(owner);
    expect((await owner.request(`/api/appointments/${id}`, { method: "DELETE" })).status).toBe(204);
    expectTemetroError(await owner.request(`/api/appointments/${id}`, { method: "DELETE" }), 404, temetroMessage("APPOINTMENT_NOT_FOUND"));
  });
});
