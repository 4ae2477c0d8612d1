// Generates the tenant-isolation checks of one tag's operations: a record of one clinic does not
// exist for another. Every operation that takes an id answers 404 with the resource's message and
// leaves the record as it was; every list leaves it out.
import { ruleIdPart } from "./role-matrix.ts";
import { describe, expect } from "vitest";
import { operations, temetroMessage } from "#openapi";
import { bodyOf, expectTemetroError } from "#contracts/expect-contract";
import { ANOTHER_CLINIC, LEFT_OUT } from "#contracts/grid-cell";
import { check } from "#contracts/harness";
import type { Actor, Exchange } from "#targets/target";
import { sharedState } from "#contracts/states/shared-state";
import {
  appointmentBody, createAppointment, createPatient, createPrescription, patientBody, patientPath, prescriptionBody,
} from "#contracts/states/record-requests";

/** A resource: how its home owner creates a record, how that record is read back, and its 404 text. */
type Resource = {
  notFound: string;
  /** Creates the record; answers its path key (file number or id). */
  create(owner: Actor): Promise<string>;
  /** The record as its own clinic reads it now. */
  readBack(owner: Actor, key: string): Promise<unknown>;
};

const resources: Record<string, Resource> = {
  Patients: {
    notFound: temetroMessage("PATIENT_NOT_FOUND"),
    create: async (owner) => (await createPatient(owner)).fileNumber,
    readBack: async (owner, key) => bodyOf(await owner.request(patientPath(key)), "getPatient", 200),
  },
  Appointments: {
    notFound: temetroMessage("APPOINTMENT_NOT_FOUND"),
    create: async (owner) => (await createAppointment(owner)).id,
    readBack: async (owner, key) => bodyOf(await owner.request("/api/appointments"), "listAppointments", 200).find((record) => record.id === key),
  },
  Prescriptions: {
    notFound: temetroMessage("PRESCRIPTION_NOT_FOUND"),
    create: async (owner) => (await createPrescription(owner)).id,
    readBack: async (owner, key) => bodyOf(await owner.request("/api/prescriptions"), "listPrescriptions", 200).find((record) => record.id === key),
  },
};

/** How the foreign clinic's owner addresses the home record through each operation (bodies valid, so only the record is wrong). */
const foreignRequests: Record<string, (foreign: Actor, key: string, foreignOwnerId: string) => Promise<Exchange>> = {
  getPatient: (foreign, key) => foreign.request(patientPath(key)),
  updatePatient: (foreign, key) => foreign.request(patientPath(key), { method: "PUT", json: patientBody({ name: "Overwritten Elsewhere" }) }),
  // The provider is the foreign clinic's own member, so the provider check passes and the patient is looked up.
  transferPatient: (foreign, key, foreignOwnerId) => foreign.request(patientPath(key, "/transfer"), { json: { providerId: foreignOwnerId } }),
  appendPatientLabs: (foreign, key) => foreign.request(patientPath(key, "/labs"), { json: { labs: [{ name: "Hb", value: "13 g/dL", flag: "normal", takenAt: "2026-11-21" }] } }),
  deletePatientLabs: (foreign, key) => foreign.request(patientPath(key, "/labs"), { method: "DELETE", json: { name: "HbA1c", value: "7.1 %", takenAt: "2026-11-18" } }),
  deletePatient: (foreign, key) => foreign.request(patientPath(key), { method: "DELETE" }),
  updateAppointment: (foreign, key) => foreign.request(`/api/appointments/${key}`, { method: "PUT", json: appointmentBody({ name: "Overwritten Elsewhere" }) }),
  deleteAppointment: (foreign, key) => foreign.request(`/api/appointments/${key}`, { method: "DELETE" }),
  updatePrescription: (foreign, key) => foreign.request(`/api/prescriptions/${key}`, { method: "PUT", json: prescriptionBody({ name: "Overwritten Elsewhere" }) }),
  deletePrescription: (foreign, key) => foreign.request(`/api/prescriptions/${key}`, { method: "DELETE" }),
};


// The home clinic is the run's workbench (each check creates its own record there); the foreign
// clinic only sends what must be refused, and lists.
const homeClinic = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");
const foreignClinic = sharedState("a clinic with only its owner, read only");

/** Defines `<AREA>-ISOLATION-<OPERATION>` for every operation of the tag (id routes and lists). */
export function describeIsolation(tag: string, area: string): void {
  const resource = resources[tag];
  if (resource === undefined) throw new Error(`Failed to generate the isolation checks of ${tag}: describe the resource in contracts/grids/clinic-record-isolation.ts.`);
  for (const op of operations.filter((candidate) => candidate.tags.includes(tag))) {
    const byId = op.parameterNames.length > 0;
    const isList = op.method === "get" && !byId;
    if (!byId && !isList) continue;
    const send = foreignRequests[op.operationId];
    if (byId && send === undefined) throw new Error(`Failed to generate the isolation check of ${op.operationId}: add its request to foreignRequests.`);
    describe(`${op.method.toUpperCase()} ${op.path}`, () => {
      const title = byId ? `answers 404 "${resource.notFound}" for another clinic's record and leaves it as it was` : "leaves out another clinic's records";
      const expected = byId ? { status: 404, detail: resource.notFound } : { status: 200, detail: LEFT_OUT };
      check(`${area}-ISOLATION-${ruleIdPart(op.operationId)}`, title, async ({ given, cell }) => {
        const homeOwner = (await given(homeClinic)).owner;
        const foreignOwner = (await given(foreignClinic)).owner;
        const key = await resource.create(homeOwner.actor);
        const before = await resource.readBack(homeOwner.actor, key);
        if (send === undefined) {
          await cell(ANOTHER_CLINIC, () => foreignOwner.actor.request(op.path), (listed) => {
            expect(listed.status, "the foreign clinic's list").toBe(200);
            expect(listed.text, "the foreign clinic's list").not.toContain(key);
          });
          return;
        }
        await cell(ANOTHER_CLINIC, () => send(foreignOwner.actor, key, foreignOwner.userId), async (exchange) => {
          expectTemetroError(exchange, 404, resource.notFound);
          expect(await resource.readBack(homeOwner.actor, key), "the record as its own clinic reads it afterwards").toEqual(before);
        });
      }, { grid: { grid: "isolation", operationId: op.operationId, cells: [{ column: ANOTHER_CLINIC, expected }] } });
    });
  }
}
