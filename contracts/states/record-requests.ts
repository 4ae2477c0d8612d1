// Creating clinic records through the API for a check, each answer checked against the spec, and
// the realistic bodies the checks start from.
import { bodyOf } from "#contracts/expect-contract";
import type { components } from "#openapi";
import type { Actor } from "#targets/target";

type Schemas = components["schemas"];
export type Patient = Schemas["Patient"];
export type Appointment = Schemas["Appointment"];
export type Prescription = Schemas["Prescription"];

/** A full patient body (clinical data included); `overrides` replace fields. */
export const patientBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: "Ibrahim Musa",
  age: 58,
  sex: "M",
  phone: "+234 803 555 0142",
  bloodType: "O+",
  allergies: [{ substance: "Penicillin", reaction: "Hives", severity: "moderate" }],
  alerts: ["Fall risk"],
  medications: [{ name: "Metformin", dose: "500 mg", frequency: "Twice daily" }],
  problems: [{ label: "Type 2 diabetes", since: "2019" }],
  vitals: { bp: "128/82", hr: "76", temp: "36.8", spo2: "98", takenAt: "2026-11-20 09:10" },
  labs: [{ name: "HbA1c", value: "7.1 %", flag: "high", takenAt: "2026-11-18" }],
  encounters: [{ date: "2026-11-18", type: "Follow-up", provider: "Dr. Amina Yusuf", summary: "Stable." }],
  ...overrides,
});

export const appointmentBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  fileNumber: "10000",
  name: "Ibrahim Musa",
  date: "2026-11-24",
  time: "09:30",
  type: "Follow-up",
  provider: "Dr. Amina Yusuf",
  ...overrides,
});

export const prescriptionBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  fileNumber: "10000",
  name: "Ibrahim Musa",
  initials: "IM",
  medication: "Metformin",
  dose: "500 mg",
  frequency: "Twice daily",
  ...overrides,
});

/** POST /api/patients as `actor`; the 201 body. */
export async function createPatient(actor: Actor, body: Record<string, unknown> = patientBody()): Promise<Patient> {
  return bodyOf(await actor.request("/api/patients", { json: body }), "createPatient", 201);
}

/** POST /api/appointments as `actor`; the 201 body. */
export async function createAppointment(actor: Actor, body: Record<string, unknown> = appointmentBody()): Promise<Appointment> {
  return bodyOf(await actor.request("/api/appointments", { json: body }), "createAppointment", 201);
}

/** POST /api/prescriptions as `actor`; the 201 body. */
export async function createPrescription(actor: Actor, body: Record<string, unknown> = prescriptionBody()): Promise<Prescription> {
  return bodyOf(await actor.request("/api/prescriptions", { json: body }), "createPrescription", 201);
}

/** The path of a patient's route. */
export const patientPath = (fileNumber: string, suffix = ""): string => `/api/patients/${encodeURIComponent(fileNumber)}${suffix}`;
