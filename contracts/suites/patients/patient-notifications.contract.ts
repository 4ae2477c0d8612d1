// PATIENTS: record-change notifications, generated from each operation's x-notification: after the
// write every other member of the clinic gets `notification:new` (type record_change, entity the
// patient's file number, the operation's text) in their user room; the author gets none, and the
// operations without x-notification send none.
import { ruleIdPart } from "#contracts/grids/role-matrix";
import { describe, expect } from "vitest";
import { fillNotificationText, isRecord, operations, serverEventValidator } from "#openapi";
import { check } from "#contracts/harness";
import { connectedSocket } from "#contracts/states/connected-socket";
import type { Actor, Exchange } from "#targets/target";
import { sharedInFile } from "#contracts/states/shared-in-file";
import { clinicWith, memberOf } from "#contracts/states/staffed-clinic";
import { createPatient, patientBody, patientPath } from "#contracts/states/record-requests";

// One clinic for this file's checks, which run one after another: each creates its patient before
// its sockets connect, so they hear only its own write.
const withDoctor = sharedInFile(clinicWith(["doctor"]));

type Write = { send(owner: Actor, fileNumber: string, doctor: { userId: string; name: string }): Promise<Exchange>; values: (doctorName: string) => Record<string, string> };

/** Each patient write, done by the owner on an existing patient (Ibrahim Musa). */
const writes: Record<string, Write> = {
  createPatient: { send: (owner) => owner.request("/api/patients", { json: patientBody({ fileNumber: "", name: "Grace Obi" }) }), values: () => ({ name: "Grace Obi" }) },
  updatePatient: { send: (owner, fileNumber) => owner.request(patientPath(fileNumber), { method: "PUT", json: patientBody({ fileNumber }) }), values: () => ({ name: "Ibrahim Musa" }) },
  transferPatient: {
    send: (owner, fileNumber, doctor) => owner.request(patientPath(fileNumber, "/transfer"), { json: { providerId: doctor.userId } }),
    values: (doctorName) => ({ name: "Ibrahim Musa", provider: doctorName }),
  },
  appendPatientLabs: {
    send: (owner, fileNumber) => owner.request(patientPath(fileNumber, "/labs"), { json: { labs: [{ name: "Hb", value: "13 g/dL", flag: "normal", takenAt: "2026-11-21" }] } }),
    values: () => ({ name: "Ibrahim Musa" }),
  },
  deletePatientLabs: { send: (owner, fileNumber) => owner.request(patientPath(fileNumber, "/labs"), { method: "DELETE", json: { name: "HbA1c", value: "7.1 %", takenAt: "2026-11-18" } }), values: () => ({}) },
  deletePatient: { send: (owner, fileNumber) => owner.request(patientPath(fileNumber), { method: "DELETE" }), values: () => ({}) },
};

for (const op of operations.filter((candidate) => candidate.tags.includes("Patients") && candidate.method !== "get")) {
  const write = writes[op.operationId];
  if (write === undefined) throw new Error(`Failed to generate the notification check of ${op.operationId}: add its write to contracts/suites/patients/patient-notifications.contract.ts.`);
  const template = op.notification?.text;
  describe(`${op.method.toUpperCase()} ${op.path}`, () => {
    const title = template === undefined ? "sends no notification" : `notifies every other member "${template}", not the author`;
    check(`PATIENTS-NOTIFY-${ruleIdPart(op.operationId)}`, title, async ({ target, given }) => {
      const state = await given(withDoctor);
      const [owner, doctor] = [memberOf(state, "owner"), memberOf(state, "doctor")];
      const { fileNumber } = await createPatient(owner.actor);
      const [doctorSocket, ownerSocket] = await Promise.all([given(connectedSocket(doctor.actor)), given(connectedSocket(owner.actor))]);
      const exchange = await write.send(owner.actor, fileNumber, { userId: doctor.userId, name: doctor.identity.name });
      expect(exchange.status, `${op.operationId} succeeds`).toBeLessThan(300);
      if (template !== undefined) {
        const expectedText = fillNotificationText(template, { ...write.values(doctor.identity.name), actor: owner.identity.name });
        const payload = await doctorSocket.next("notification:new", (candidate) => isRecord(candidate) && candidate.text === expectedText);
        expect(serverEventValidator("notification:new").safeParse(payload).success, "notification:new conforms to x-realtime").toBe(true);
        const entityId = op.operationId === "createPatient" && isRecord(exchange.body) ? exchange.body.fileNumber : fileNumber;
        expect(payload).toMatchObject({ type: "record_change", entityType: "patient", entityId, read: false, actorName: owner.identity.name });
      }
      await target.realtimeSettled();
      expect(ownerSocket.received("notification:new"), "the author").toEqual([]);
      if (template === undefined) expect(doctorSocket.received("notification:new"), "the other members").toEqual([]);
    });
  });
}
