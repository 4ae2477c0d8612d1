// ERRORS: the `details` of temetro's 400 "Validation failed" are its zod 4 issues, exactly (D40):
// for each documented validation case, the issues' code, path and kind-specific keys (expected,
// origin, minimum/maximum, inclusive, values, format, pattern, received), one issue per fault, and
// the message where temetro writes its own. And a body that is not sent as application/json is no
// body at all (D39): one invalid_type issue at path [], nothing created.
import { describe, expect } from "vitest";
import { temetroError } from "#openapi";
import { bodyOf } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { sharedState } from "#contracts/states/shared-state";
import { clinicWith, memberOf } from "#contracts/states/staffed-clinic";

/** A zod issue as the check expects it; without `message`, zod's own wording is not checked. */
type Issue = { code: string; path: Array<string | number>; message?: string } & Record<string, unknown>;
type Case = { id: string; title: string; path: string; json: unknown; details: Issue[]; signedOut?: boolean };

const tooSmallString = (path: Issue["path"], minimum = 1, message?: string): Issue =>
  ({ origin: "string", code: "too_small", minimum, inclusive: true, path, ...(message === undefined ? {} : { message }) });
const missingString = (path: Issue["path"]): Issue => ({ expected: "string", code: "invalid_type", path });
const oneOf = (path: Issue["path"], values: unknown[]): Issue => ({ code: "invalid_value", values, path });
const DATE_PATTERN = "/^\\d{4}-\\d{2}-\\d{2}$/";
const ZOD_EMAIL_PATTERN = "/^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$/";
const appointment = { name: "Ibrahim Musa", date: "2026-11-24", time: "09:30" };
const prescription = { name: "Ibrahim Musa", initials: "IM", medication: "Metformin", frequency: "Twice daily" };
const staff = { name: "Grace Mensah", username: "frontdesk_t", password: "correct-horse-battery-1", role: "reception" };

const cases: Case[] = [
  { id: "PATIENT-EMPTY-NAME", title: "an empty patient name", path: "/api/patients", json: { name: "" }, details: [tooSmallString(["name"])] },
  { id: "PATIENT-BLANK-NAME", title: "a blank patient name (trimmed first)", path: "/api/patients", json: { name: "   " }, details: [tooSmallString(["name"])] },
  { id: "PATIENT-NO-NAME", title: "a patient without a name", path: "/api/patients", json: { age: 40 }, details: [missingString(["name"])] },
  { id: "PATIENT-SEX", title: "a sex that is neither M nor F", path: "/api/patients", json: { name: "A", sex: "x" }, details: [{ ...oneOf(["sex"], ["M", "F"]), message: 'Invalid option: expected one of "M"|"F"' }] },
  { id: "PATIENT-AGE-RANGE", title: "an age over 150", path: "/api/patients", json: { name: "A", age: 151 }, details: [{ origin: "number", code: "too_big", maximum: 150, inclusive: true, path: ["age"] }] },
  { id: "PATIENT-AGE-NAN", title: "an age that is not a number", path: "/api/patients", json: { name: "A", age: "old" }, details: [{ expected: "number", code: "invalid_type", received: "NaN", path: ["age"] }] },
  { id: "PATIENT-AGE-FRACTION", title: "an age that is not a whole number", path: "/api/patients", json: { name: "A", age: 1.5 }, details: [{ expected: "int", format: "safeint", code: "invalid_type", path: ["age"] }] },
  { id: "PATIENT-NUMERIC-FILE-NUMBER", title: "a file number sent as a JSON number", path: "/api/patients", json: { name: "A", fileNumber: 42 }, details: [{ expected: "string", code: "invalid_type", path: ["fileNumber"] }] },
  { id: "PATIENT-STATUS", title: "an unknown status", path: "/api/patients", json: { name: "A", status: "dead" }, details: [oneOf(["status"], ["active", "inpatient", "discharged"])] },
  { id: "PATIENT-INITIALS", title: "five initials", path: "/api/patients", json: { name: "A", initials: "ABCDE" }, details: [{ origin: "string", code: "too_big", maximum: 4, inclusive: true, path: ["initials"] }] },
  { id: "PATIENT-BLOOD-TYPE", title: "an unknown blood type", path: "/api/patients", json: { name: "A", bloodType: "Z" }, details: [oneOf(["bloodType"], ["", "A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"])] },
  { id: "PATIENT-ALLERGY-SUBSTANCE", title: "an allergy without a substance", path: "/api/patients", json: { name: "A", allergies: [{ reaction: "Hives" }] }, details: [missingString(["allergies", 0, "substance"])] },
  { id: "PATIENT-ALLERGY-SEVERITY", title: "an allergy of unknown severity", path: "/api/patients", json: { name: "A", allergies: [{ substance: "Penicillin", severity: "bad" }] }, details: [oneOf(["allergies", 0, "severity"], ["mild", "moderate", "severe"])] },
  { id: "PATIENT-LAB-FLAG", title: "a lab result with a bad flag (exactly one issue)", path: "/api/patients", json: { name: "A", labs: [{ name: "K", value: "4.1", flag: "bad" }] }, details: [oneOf(["labs", 0, "flag"], ["normal", "high", "low", "critical"])] },
  { id: "PATIENT-NOT-AN-OBJECT", title: "an array instead of a patient", path: "/api/patients", json: [], details: [{ expected: "object", code: "invalid_type", path: [] }] },
  { id: "LABS-FLAG", title: "an appended result with a bad flag (exactly one issue)", path: "/api/patients/10000/labs", json: { labs: [{ name: "K", value: "4.1", flag: "bad" }] }, details: [oneOf(["labs", 0, "flag"], ["normal", "high", "low", "critical"])] },
  { id: "LABS-NONE", title: "no results to append", path: "/api/patients/10000/labs", json: { labs: [] }, details: [{ origin: "array", code: "too_small", minimum: 1, inclusive: true, path: ["labs"] }] },
  { id: "TRANSFER-BLANK-PROVIDER", title: "a blank provider id", path: "/api/patients/10000/transfer", json: { providerId: "  " }, details: [tooSmallString(["providerId"])] },
  { id: "APPOINTMENT-BLANK-NAME", title: "an appointment with a blank name", path: "/api/appointments", json: { ...appointment, name: "  " }, details: [tooSmallString(["name"], 1, "Patient name is required.")] },
  { id: "APPOINTMENT-DATE", title: "an appointment date not written YYYY-MM-DD", path: "/api/appointments", json: { ...appointment, date: "24/11/2026" }, details: [{ origin: "string", code: "invalid_format", format: "regex", pattern: DATE_PATTERN, path: ["date"], message: "Date must be YYYY-MM-DD." }] },
  { id: "APPOINTMENT-TIME", title: "an appointment time not written HH:mm", path: "/api/appointments", json: { ...appointment, time: "9:30" }, details: [{ origin: "string", code: "invalid_format", format: "regex", pattern: "/^\\d{2}:\\d{2}$/", path: ["time"], message: "Time must be HH:mm." }] },
  { id: "PRESCRIPTION-NO-INITIALS", title: "a prescription without initials", path: "/api/prescriptions", json: { ...prescription, initials: undefined }, details: [missingString(["initials"])] },
  { id: "PRESCRIPTION-IMPOSSIBLE-DATE", title: "a prescription start date that does not exist (D11: 400, never 500)", path: "/api/prescriptions", json: { ...prescription, startDate: "2026-13-45" }, details: [{ code: "custom", path: ["startDate"], message: "Date must be YYYY-MM-DD." }] },
  { id: "TASK-BLANK-TITLE", title: "a task with a blank title", path: "/api/tasks", json: { title: "  " }, details: [tooSmallString(["title"], 1, "A task subject is required.")] },
  { id: "TASK-PRIORITY", title: "an unknown task priority", path: "/api/tasks", json: { title: "Call back", priority: "urgent" }, details: [oneOf(["priority"], ["high", "medium", "low"])] },
  { id: "STAFF-USERNAME", title: "a staff username with a space", path: "/api/staff", json: { ...staff, username: "front desk" }, details: [{ origin: "string", code: "invalid_format", format: "regex", pattern: "/^[a-zA-Z0-9_.]+$/", path: ["username"], message: "Username may only contain letters, numbers, dots and underscores." }] },
  { id: "STAFF-EMAIL", title: "a staff email that is not one", path: "/api/staff", json: { ...staff, email: "not-an-email" }, details: [{ origin: "string", code: "invalid_format", format: "email", pattern: ZOD_EMAIL_PATTERN, path: ["email"] }] },
  { id: "STAFF-ROLE", title: "a staff role that cannot be provisioned", path: "/api/staff", json: { ...staff, role: "owner" }, details: [oneOf(["role"], ["admin", "doctor", "reception", "pharmacy", "lab"])] },
  { id: "CONVERSATION-NOBODY", title: "a conversation with nobody", path: "/api/conversations", json: { participantIds: [] }, details: [{ origin: "array", code: "too_small", minimum: 1, inclusive: true, path: ["participantIds"] }] },
  { id: "MESSAGE-ATTACHMENT-KIND", title: "a message attachment of unknown kind", path: "/api/conversations/00000000-0000-4000-8000-000000000000/messages", json: { body: "x", attachments: [{ kind: "video" }] }, details: [{ code: "invalid_union", errors: [], note: "No matching discriminator", discriminator: "kind", options: ["file", "appointment"], path: ["attachments", 0, "kind"] }] },
  { id: "ATTACHMENT-SIZE", title: "an attachment declared over 10 MB", path: "/api/conversations/attachments", json: { fileName: "scan.pdf", size: 10485761, data: "SGVsbG8=" }, details: [{ origin: "number", code: "too_big", maximum: 10485760, inclusive: true, path: ["size"] }] },
  { id: "RESET-BY-USERNAME-LENGTH", title: "a username of 65 characters", path: "/api/auth-helpers/reset-by-username", json: { username: "u".repeat(65) }, details: [{ origin: "string", code: "too_big", maximum: 64, inclusive: true, path: ["username"] }], signedOut: true },
];

// The detail checks only send what temetro refuses, so they share one clinic; the body checks
// below assert that nothing was created, so each has a clinic of its own.
const refusedOnly = sharedState("a clinic with only its owner, read only");
const onlyOwner = clinicWith([]);

/** The issues expected, zod's own messages matched as any string. */
const expectedIssues = (details: Issue[]) => details.map((issue) => ({ ...issue, message: issue.message ?? expect.any(String) }));

describe("temetro's validation details", () => {
  for (const testCase of cases) {
    check(`ERRORS-DETAILS-${testCase.id}`, `answers ${testCase.title} with 400 and exactly temetro's zod issues (D40)`, async ({ given, actor }) => {
      const caller = testCase.signedOut === true ? actor("visitor") : (await given(refusedOnly)).owner.actor;
      const exchange = await caller.request(testCase.path, { json: testCase.json });
      expect(exchange.status, `POST ${testCase.path}`).toBe(400);
      expect(exchange.body).toEqual({ error: temetroError("VALIDATION_FAILED").body.error, details: expectedIssues(testCase.details) });
    });
  }
});

describe("POST /api/patients", () => {
  const bodies = [
    { id: "ERRORS-BODY-TEXT-PLAIN", title: "a JSON body sent as text/plain", headers: { "content-type": "text/plain" } },
    { id: "ERRORS-BODY-NO-CONTENT-TYPE", title: "a JSON body sent without a Content-Type", headers: { "content-type": null } },
  ];
  for (const { id, title, headers } of bodies) {
    check(id, `reads ${title} as no body: 400 with one invalid_type issue at [], and creates nothing (D39)`, async ({ given }) => {
      const owner = memberOf(await given(onlyOwner), "owner").actor;
      const exchange = await owner.request("/api/patients", { body: JSON.stringify({ name: "Grace Obi" }), headers });
      expect(exchange.status, `POST /api/patients with ${title}`).toBe(400);
      expect(bodyOf(exchange, "createPatient", 400)).toEqual({
        error: temetroError("VALIDATION_FAILED").body.error,
        details: [{ expected: "object", code: "invalid_type", path: [], message: "Invalid input: expected object, received undefined" }],
      });
      expect(bodyOf(await owner.request("/api/patients"), "listPatients", 200)).toEqual([]);
    });
  }
});
