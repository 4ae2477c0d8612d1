// PRESCRIPTIONS: pharmacy reads and updates but neither creates nor deletes (D1); a date of the
// right shape that does not exist is 400, never 500 (D11); the caller is the prescriber by default,
// PUT keeps prescribedAt; ordering; required initials; 404 for a non-UUID id.
import { describe, expect } from "vitest";
import { temetroError, temetroMessage } from "#openapi";
import { bodyOf, expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import type { State } from "#contracts/states/index";
import { sharedState } from "#contracts/states/shared-state";
import { clinicWith, memberOf } from "#contracts/states/staffed-clinic";
import { createPrescription, prescriptionBody } from "#contracts/states/record-requests";

const denied = temetroError("PERMISSION_DENIED");
const ownerOf = async (given: <S>(state: State<S>) => Promise<S>) => memberOf(await given(clinicWith([])), "owner");
// Refusals are sent in a clinic no check writes to; checks that create prescriptions of their own
// and read back only those share the run's workbench; the list order gets a clinic of its own.
const readOnlyTeam = sharedState("a clinic with one member per role, read only");
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");
const benchOwner = async (given: <S>(state: State<S>) => Promise<S>) => (await given(workbench)).owner;
const readOnlyOwner = async (given: <S>(state: State<S>) => Promise<S>) => (await given(readOnlyTeam)).owner;

describe("POST /api/prescriptions", () => {
  check("PRESCRIPTIONS-D1-PHARMACY-CANNOT-CREATE", "refuses pharmacy a new prescription with 403 (D1: the documentation, not temetro's code)", async ({ given }) => {
    const pharmacy = memberOf(await given(readOnlyTeam), "pharmacy").actor;
    expectTemetroError(await pharmacy.request("/api/prescriptions", { json: prescriptionBody() }), denied.status, denied.body.error);
  });

  check("PRESCRIPTIONS-DEFAULTS", "names the caller as prescriber and today as prescribedAt when the body does not", async ({ given }) => {
    const owner = await benchOwner(given);
    const prescription = await createPrescription(owner.actor);
    expect(prescription).toMatchObject({ prescriber: owner.identity.name, status: "active", startDate: null, endDate: null, duration: null, notes: null });
    // "today" as the target sees it: the day it stamped the record with
    expect(prescription.prescribedAt).toBe(prescription.createdAt.slice(0, 10));
  });

  check("PRESCRIPTIONS-D11-IMPOSSIBLE-DATE", "answers a date of the right shape that does not exist with 400, never 500 (D11)", async ({ given }) => {
    const owner = await readOnlyOwner(given);
    for (const field of ["prescribedAt", "startDate", "endDate"]) {
      const refused = bodyOf(await owner.actor.request("/api/prescriptions", { json: prescriptionBody({ [field]: "2026-13-45" }) }), "createPrescription", 400);
      expect(refused.details.map((issue) => issue.path.join(".")), field).toContain(field);
    }
  });

  check("PRESCRIPTIONS-INITIALS-REQUIRED", "answers blank initials with 400: prescriptions do not derive them", async ({ given }) => {
    const owner = await readOnlyOwner(given);
    expect(bodyOf(await owner.actor.request("/api/prescriptions", { json: prescriptionBody({ initials: " " }) }), "createPrescription", 400).error).toBe(temetroError("VALIDATION_FAILED").body.error);
  });
});

describe("GET /api/prescriptions", () => {
  check("PRESCRIPTIONS-LIST-ORDER", "lists the newest prescribedAt first, then the newest created first", async ({ given }) => {
    const owner = await ownerOf(given);
    for (const [medication, prescribedAt] of [["Amoxicillin", "2026-01-01"], ["Bisoprolol", "2026-03-01"], ["Cetirizine", "2026-01-01"]]) {
      await createPrescription(owner.actor, prescriptionBody({ medication, prescribedAt }));
      // created a moment apart, so "newest created" is well defined
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const listed = bodyOf(await owner.actor.request("/api/prescriptions"), "listPrescriptions", 200);
    expect(listed.map((prescription) => prescription.medication)).toEqual(["Bisoprolol", "Cetirizine", "Amoxicillin"]);
  });
});

describe("PUT /api/prescriptions/{id}", () => {
  check("PRESCRIPTIONS-D1-PHARMACY-UPDATES", "lets pharmacy update a prescription (D1)", async ({ given }) => {
    const state = await given(workbench);
    const { id } = await createPrescription(memberOf(state, "owner").actor);
    const updated = bodyOf(await memberOf(state, "pharmacy").actor.request(`/api/prescriptions/${id}`, { method: "PUT", json: prescriptionBody({ status: "completed" }) }), "updatePrescription", 200);
    expect(updated).toMatchObject({ id, status: "completed" });
  });

  check("PRESCRIPTIONS-PUT-KEEPS-PRESCRIBED-AT", "keeps the stored prescribedAt when the body has none, and clears start and end dates it omits", async ({ given }) => {
    const owner = await benchOwner(given);
    const { id } = await createPrescription(owner.actor, prescriptionBody({ prescribedAt: "2026-01-05", startDate: "2026-01-06", endDate: "2026-04-06" }));
    const updated = bodyOf(await owner.actor.request(`/api/prescriptions/${id}`, { method: "PUT", json: prescriptionBody() }), "updatePrescription", 200);
    expect(updated).toMatchObject({ prescribedAt: "2026-01-05", startDate: null, endDate: null });
  });

  check("PRESCRIPTIONS-NON-UUID-ID", `answers 404 "${temetroMessage("PRESCRIPTION_NOT_FOUND")}" for an id that is not a UUID, never 500`, async ({ given }) => {
    const owner = await readOnlyOwner(given);
    expectTemetroError(await owner.actor.request("/api/prescriptions/rx-42", { method: "PUT", json: prescriptionBody() }), 404, temetroMessage("PRESCRIPTION_NOT_FOUND"));
  });
});

describe("DELETE /api/prescriptions/{id}", () => {
  check("PRESCRIPTIONS-D1-PHARMACY-CANNOT-DELETE", "refuses pharmacy the deletion of a prescription with 403 (D1)", async ({ given }) => {
    const state = await given(workbench);
    const { id } = await createPrescription(memberOf(state, "owner").actor);
    expectTemetroError(await memberOf(state, "pharmacy").actor.request(`/api/prescriptions/${id}`, { method: "DELETE" }), denied.status, denied.body.error);
  });

  check("PRESCRIPTIONS-DELETE", "deletes with 204, after which the id is 404", async ({ given }) => {
    const owner = await benchOwner(given);
    const { id } = await createPrescription(owner.actor);
    expect((await owner.actor.request(`/api/prescriptions/${id}`, { method: "DELETE" })).status).toBe(204);
    expectTemetroError(await owner.actor.request(`/api/prescriptions/${id}`, { method: "DELETE" }), 404, temetroMessage("PRESCRIPTION_NOT_FOUND"));
  });
});
