// The reference's copies of temetro's validation and role scoping, with the contract's departures (D2, D9, D11).
import { expect, test } from "vitest";
import { appendLabsSchema, patientInputSchema } from "./patient-validation.ts";
import { hidesMedications, isReceptionOnly, providerScope } from "./role-scope.ts";
import { appointmentInputSchema, isCalendarDate, prescriptionInputSchema } from "./schedule-validation.ts";

test("strips non-digits from a file number and reads age and sex as temetro does (D5)", () => {
  expect(patientInputSchema.parse({ name: " Ibrahim Musa ", fileNumber: "P-00042", age: "58", sex: "woman" })).toMatchObject({ fileNumber: "00042", name: "Ibrahim Musa", age: 58, sex: "F" });
});

test("defaults the flag and takenAt of an appended lab result, and requires name and value (D9 revised)", () => {
  expect(appendLabsSchema.parse({ labs: [{ name: "K", value: "4.1" }] })).toEqual({ labs: [{ name: "K", value: "4.1", flag: "normal", takenAt: "" }] });
  expect(appendLabsSchema.safeParse({ labs: [{ name: "K" }] }).success).toBe(false);
});

test("refuses a file number past PostgreSQL's bigint range with one custom issue (D38)", () => {
  expect(patientInputSchema.parse({ name: "A", fileNumber: "9223372036854775807" }).fileNumber).toBe("9223372036854775807");
  const result = patientInputSchema.safeParse({ name: "A", fileNumber: "P-9223372036854775808" });
  expect(result.success ? [] : result.error.issues).toEqual([{ code: "custom", path: ["fileNumber"], message: "File number must be at most 9223372036854775807." }]);
});

test("accepts an appointment date of the right shape that does not exist", () => {
  expect(appointmentInputSchema.safeParse({ name: "A", date: "2026-02-30", time: "99:99" }).success).toBe(true);
});

test("gives a malformed prescription date its regex issue only", () => {
  const result = prescriptionInputSchema.safeParse({ name: "A", initials: "AB", medication: "M", frequency: "bd", startDate: "soon" });
  expect(result.success ? [] : result.error.issues.map((issue) => issue.code)).toEqual(["invalid_format"]);
});

test("refuses a prescription date that does not exist with temetro's date message (D11)", () => {
  const result = prescriptionInputSchema.safeParse({ name: "A", initials: "AB", medication: "M", frequency: "bd", startDate: "2026-13-45" });
  expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual(["Date must be YYYY-MM-DD."]);
  expect(isCalendarDate("2024-02-29")).toBe(true);
  expect(isCalendarDate("2023-02-29")).toBe(false);
});

test("scopes a doctor, redacts reception only, and hides medications from lab only (D2)", () => {
  expect(providerScope("doctor", "u1")).toBe("u1");
  expect(providerScope("doctor,admin", "u1")).toBeUndefined();
  expect(isReceptionOnly("reception")).toBe(true);
  expect(isReceptionOnly("reception,member")).toBe(false);
  expect(hidesMedications("lab")).toBe(true);
  expect(hidesMedications("lab,pharmacy")).toBe(false);
});
