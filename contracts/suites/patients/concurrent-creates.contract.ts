// PATIENTS: registrations that arrive at once. Every one without a file number gets the clinic's
// next number, and no two the same (D42): a race on "greatest plus one" is the server's to settle.
import { describe, expect } from "vitest";
import { bodyOf } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { clinicWith, memberOf } from "#contracts/states/staffed-clinic";
import { patientBody } from "#contracts/states/record-requests";

const CREATES = 1000;

describe("POST /api/patients, concurrently", () => {
  check("PATIENTS-D42-CONCURRENT-CREATES", `gives ${CREATES} concurrent creates without a file number ${CREATES} distinct numbers, all 201 (D42)`, async ({ given }) => {
    const owner = memberOf(await given(clinicWith([])), "owner").actor;
    const exchanges = await Promise.all(Array.from({ length: CREATES }, (_, index) => owner.request("/api/patients", { json: patientBody({ name: `Concurrent Patient ${index}`, fileNumber: "" }) })));
    const statuses = new Map<number, number>();
    for (const { status } of exchanges) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    expect(Object.fromEntries(statuses), "statuses of the creates").toEqual({ 201: CREATES });
    const numbers = exchanges.map((exchange) => bodyOf(exchange, "createPatient", 201).fileNumber);
    expect(new Set(numbers).size, "distinct file numbers").toBe(CREATES);
    const listed = bodyOf(await owner.request("/api/patients"), "listPatients", 200);
    expect(listed.length, "patients the clinic lists").toBe(CREATES);
  }, { requires: ["not-safe-mode"], timeout: 300_000 });
});
