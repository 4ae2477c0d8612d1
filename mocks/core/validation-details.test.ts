// The mock's `details` are exactly the issues temetro sends (D40): for every documented validation
// case, the mock's 400 is compared with what the reference's zod validators (reference/clinic/*,
// temetro's schemas reproduced, with the contract's departures) give for the same body.
import { describe, expect, test } from "vitest";
import type { ZodType } from "zod";
import { getOperation, operations } from "#openapi";
import * as patients from "../../reference/clinic/patient-validation.ts";
import * as schedule from "../../reference/clinic/schedule-validation.ts";
import * as communication from "../../reference/clinic/communication-validation.ts";
import { resetByUsernameBody } from "../../reference/routes/auth-helpers.ts";
import { ReplyError } from "./reply.ts";
import { validateBody } from "./request-body.ts";

/** The schema temetro's route parses each operation's body with (the reference's copy). */
const temetroSchemas: Record<string, ZodType> = {
  createPatient: patients.patientInputSchema,
  updatePatient: patients.patientInputSchema,
  transferPatient: patients.transferSchema,
  appendPatientLabs: patients.appendLabsSchema,
  deletePatientLabs: patients.deleteLabSchema,
  createAppointment: schedule.appointmentInputSchema,
  updateAppointment: schedule.appointmentInputSchema,
  createPrescription: schedule.prescriptionInputSchema,
  updatePrescription: schedule.prescriptionInputSchema,
  createTask: communication.taskInputSchema,
  updateTask: communication.taskPatchSchema,
  createStaff: communication.staffInputSchema,
  updateStaffSpecialty: communication.specialtyInputSchema,
  setStaffPassword: communication.passwordInputSchema,
  createConversation: communication.createConversationSchema,
  sendMessage: communication.messageSchema,
  uploadAttachment: communication.uploadSchema,
  resetByUsername: resetByUsernameBody,
};

/** Bodies per operation: each documented rule broken once, some several at a time, and some valid ones. */
const bodies: Record<string, unknown[]> = {
  createPatient: [
    { name: "" },
    { name: "  " },
    {},
    [],
    null,
    { name: "a", sex: "x" },
    { name: "a", age: 151 },
    { name: "a", age: "abc" },
    { name: "a", age: 1.5 },
    { name: "a", fileNumber: 42 },
    { name: "a", status: "dead" },
    { name: "a", initials: "ABCDE" },
    { name: "a", phone: "1234567890123456789012345678901" },
    { name: "a", bloodType: "Z" },
    { name: "a", allergies: [{}] },
    { name: "a", allergies: [5] },
    { name: "a", allergies: [""] },
    { name: "a", allergies: [{ substance: "x", severity: "bad" }] },
    { name: "a", medications: [{ name: "" }] },
    { name: "a", labs: [{ name: "K", value: "1", flag: "bad" }] },
    { name: "a", vitals: { bp: "1" } },
    { name: "a", primaryProviderId: 5 },
    { name: "a", source: "x" },
    { name: "a", alerts: [1] },
    { name: "a", vitalsTrend: { label: "x", unit: "y", points: ["a"] } },
    { name: "a", sex: 5 },
    { name: "a", sex: "woman" },
    { name: "a", age: true },
    { name: "a", age: null },
    { name: "a", age: "  42 " },
    { name: "a", age: -1 },
    { name: "a", problems: [{ label: "" }] },
    { name: "a", medications: ["", { name: "x", dose: 5 }] },
    { name: "a", encounters: [{ type: 5 }] },
    { name: "a", labs: [{ name: "K" }] },
    { name: " a ", initials: "  ABCD  " },
    { name: "a", fileNumber: "P-9223372036854775808" },
    { name: "a", fileNumber: "9223372036854775807" },
  ],
  transferPatient: [
    {},
    { providerId: " " },
  ],
  appendPatientLabs: [
    { labs: [] },
    { labs: [{ name: "K", value: "4.1", flag: "bad", takenAt: "" }] },
    { labs: [{ name: "", value: "4.1", flag: "normal", takenAt: "" }] },
    {},
  ],
  deletePatientLabs: [
    { name: "K" },
    { name: "", value: "", takenAt: 5 },
  ],
  createAppointment: [
    { name: "a", date: "x", time: "10:00" },
    { name: "", date: "2026-01-01", time: "10:00" },
    { name: "a", date: "2026-01-01", time: "1000" },
    { name: "a", date: "2026-01-01", time: "10:00", status: "x" },
    {},
    { name: "a", date: "2026-02-30", time: "99:99" },
    { name: "  ", date: "x", time: "y" },
  ],
  updateAppointment: [
    { name: "a", date: "2026-11-24", time: "09:30", status: "late" },
    { name: " ", date: "2026-11-24" },
  ],
  updatePrescription: [
    { name: "a", initials: "AB", medication: "m", frequency: "f", endDate: "2026-02-30" },
    { name: "a", initials: "AB", medication: "m", frequency: "", notes: 5 },
  ],
  createPrescription: [
    { name: "a", initials: "", medication: "m", frequency: "f" },
    { name: "a", initials: "AB", medication: "m", frequency: "f", startDate: "2026-13-45" },
    {},
    { name: "a", initials: "AB", medication: "m", frequency: "f", startDate: "x" },
    { name: "a", initials: "AB", medication: "m", frequency: "f", prescribedAt: null },
    { name: "a", initials: "ABCDE", medication: "m", frequency: "f", endDate: null },
  ],
  createTask: [
    { title: "" },
    {},
    { title: "x", priority: "urgent" },
    { title: "x", assigneeRole: "owner" },
    { title: "x", assigneeRole: null, notes: null, patient: 5 },
  ],
  updateTask: [
    { done: "yes" },
    { title: "" },
    { priority: "x", status: "y" },
    { assigneeRole: "member", done: 1 },
  ],
  createStaff: [
    { name: "a", username: "a b", password: "x", role: "owner", email: "bad" },
    {},
    { name: "a", username: " ab ", password: "x", role: "lab", email: "" },
    { name: "a", username: "abc", password: "123456789012", role: "lab", email: "  " },
    { name: " ", username: "ab", password: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", role: "lab" },
  ],
  updateStaffSpecialty: [
    { specialty: 5 },
    {},
    { specialty: "   " },
    { specialty: "x" },
  ],
  setStaffPassword: [
    { newPassword: "short" },
    {},
  ],
  createConversation: [
    { participantIds: [] },
    {},
    { participantIds: [""], name: 5 },
  ],
  sendMessage: [
    { body: "x", attachments: [{ kind: "nope" }] },
    { attachments: [{ kind: "file", attachmentId: "nope", fileName: "a", mimeType: "b", size: 1.5 }] },
    { attachments: [{ kind: "appointment", appointment: { name: "a" } }] },
    { body: 5 },
    { attachments: [1] },
  ],
  uploadAttachment: [
    { fileName: "", size: -1, data: "" },
    { fileName: "  ", size: 10485761, data: "x" },
  ],
  updatePatient: [
    { name: "a", fileNumber: "" },
    { fileNumber: "10000" },
  ],
  resetByUsername: [
    {},
    { username: "" },
    { username: "  " },
    { username: 42 },
    { username: "u".repeat(65) },
    { username: "ok", redirectTo: 5 },
    [],
  ],
};

/** The details of the mock's 400 for a body, or "accepted". */
function mockDetails(operationId: string, body: unknown): unknown {
  try {
    validateBody(getOperation(operationId), body);
    return "accepted";
  } catch (error) {
    if (!(error instanceof ReplyError)) throw error;
    const reply = error.reply.body;
    return typeof reply === "object" && reply !== null && "details" in reply ? reply.details : reply;
  }
}

/** The issues temetro's schema gives for a body, or "accepted". */
function temetroIssues(operationId: string, body: unknown): unknown {
  const schema = temetroSchemas[operationId];
  if (schema === undefined) throw new Error(`Failed to compare ${operationId}: add its reference schema to temetroSchemas.`);
  const result = schema.safeParse(body);
  return result.success ? "accepted" : JSON.parse(JSON.stringify(result.error.issues));
}

describe("the mock's validation details", () => {
  const cases = Object.entries(bodies).flatMap(([operationId, list]) => list.map((body) => ({ operationId, body, label: JSON.stringify(body) })));

  test("cover every temetro operation that takes a body", () => {
    const withBodies = operations.filter((op) => op.family === "temetro" && op.hasRequestBody && op.rules.devOnly !== true).map((op) => op.operationId);
    expect(Object.keys(temetroSchemas).sort()).toEqual(withBodies.sort());
    expect(Object.keys(bodies).sort()).toEqual(withBodies.sort());
  });

  test.each(cases)("$operationId $label: the same issues as temetro's schema", ({ operationId, body }) => {
    expect(mockDetails(operationId, body)).toEqual(temetroIssues(operationId, body));
  });
});
