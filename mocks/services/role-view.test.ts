// Role views: reception redaction, doctor scope and the lab's missing medications follow temetro's role-scope rules.
import { expect, test } from "vitest";
import type { PatientRecord } from "../core/store.ts";
import { isInScope, presentPatient, roleViewOf } from "./role-view.ts";

const patient: PatientRecord = {
  id: "0b0f5a52-3f3e-4a8e-9d0e-2f1c6a7b8c9d",
  organizationId: "clinic-1",
  createdBy: "user-doc",
  createdAt: "2026-11-22T09:00:00.000Z",
  updatedAt: "2026-11-22T09:00:00.000Z",
  fileNumber: "10000",
  name: "Ibrahim Musa",
  age: 58,
  sex: "M",
  pcp: "",
  primaryProviderId: null,
  status: "active",
  initials: "IM",
  phone: "+234 803 555 0142",
  bloodType: "O+",
  allergies: [{ substance: "Penicillin", reaction: "Hives", severity: "moderate" }],
  alerts: ["Fall risk"],
  medications: [{ name: "Metformin", dose: "500 mg", frequency: "Twice daily" }],
  problems: [{ label: "Type 2 diabetes", since: "2019" }],
  vitals: { bp: "128/82", hr: "76", temp: "36.8", spo2: "98", takenAt: "2026-11-20" },
  vitalsTrend: { label: "Systolic BP", unit: "mmHg", points: [142, 128] },
  labTrend: { label: "HbA1c", unit: "%", points: [7.9, 7.1] },
  labs: [{ name: "HbA1c", value: "7.1 %", flag: "high", takenAt: "2026-11-18" }],
  encounters: [{ date: "2026-11-18", type: "Follow-up", provider: "Dr. Amina Yusuf", summary: "Stable." }],
  source: "manual",
  shareExpiresAt: null,
};

test("blanks every clinical field for a reception-only member and keeps the demographics", () => {
  const shown = presentPatient(patient, roleViewOf("reception", "user-rec"));
  expect(shown).toMatchObject({ name: "Ibrahim Musa", phone: "+234 803 555 0142", bloodType: "", allergies: [], alerts: [], medications: [], labs: [], encounters: [] });
  expect(shown.vitals).toEqual({ bp: "", hr: "", temp: "", spo2: "", takenAt: "" });
  expect(shown.labTrend).toEqual({ label: "", unit: "", points: [] });
});

test("does not redact reception when the role string also names a clinician role", () => {
  expect(presentPatient(patient, roleViewOf("reception, doctor", "u")).allergies).toHaveLength(1);
});

test("hides medications from lab and nothing else (D2)", () => {
  const shown = presentPatient(patient, roleViewOf("lab", "user-lab"));
  expect(shown.medications).toEqual([]);
  expect(shown.labs).toHaveLength(1);
});

test("shows pharmacy the medications", () => {
  expect(presentPatient(patient, roleViewOf("pharmacy", "user-ph")).medications).toHaveLength(1);
});

test("answers only the API's fields", () => {
  expect(Object.keys(presentPatient(patient, roleViewOf("owner", "u")))).not.toContain("organizationId");
});

test("scopes a doctor to their patients and the unassigned ones they created (D4)", () => {
  const view = roleViewOf("doctor", "user-doc");
  expect(isInScope(patient, view)).toBe(true);
  expect(isInScope({ ...patient, createdBy: "someone-else" }, view)).toBe(false);
  expect(isInScope({ ...patient, createdBy: "someone-else", primaryProviderId: "user-doc" }, view)).toBe(true);
  expect(isInScope({ ...patient, primaryProviderId: "another-doctor" }, view)).toBe(false);
});

test("does not scope a doctor who is also a member", () => {
  expect(isInScope({ ...patient, createdBy: "x", primaryProviderId: "y" }, roleViewOf("doctor,member", "user-doc"))).toBe(true);
});
