// temetro's lib/patient-validation.ts (zod 4), reproduced: the reference is an implementation,
// not the contract. Departures follow contract decisions: D38 (a file number within PostgreSQL's
// bigint range). D9 (revised) follows temetro's code: an appended result defaults flag and takenAt.
import { z } from "zod";

const BLOOD_TYPES = ["", "A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"] as const;
const SEVERITIES = ["mild", "moderate", "severe"] as const;
const FLAGS = ["normal", "high", "low", "critical"] as const;

const allergySchema = z.preprocess(
  (value) => (typeof value === "string" ? { substance: value } : value),
  z.object({ substance: z.string().min(1), reaction: z.string().default(""), severity: z.enum(SEVERITIES).default("mild") }),
);
const medicationSchema = z.preprocess(
  (value) => (typeof value === "string" ? { name: value } : value),
  z.object({ name: z.string().min(1), dose: z.string().default(""), frequency: z.string().default("") }),
);
const problemSchema = z.preprocess(
  (value) => (typeof value === "string" ? { label: value } : value),
  z.object({ label: z.string().min(1), since: z.string().default("") }),
);
const vitalsSchema = z.object({ bp: z.string(), hr: z.string(), temp: z.string(), spo2: z.string(), takenAt: z.string() });
const trendSchema = z.object({ label: z.string(), unit: z.string(), points: z.array(z.number()) });
const EMPTY_TREND = { label: "", unit: "", points: [] };

/** A lab result inside a patient body: flag and takenAt default as in temetro's code. */
export const labSchema = z.object({
  name: z.string().min(1),
  value: z.string().min(1),
  flag: z.enum(FLAGS).default("normal"),
  takenAt: z.string().default(""),
});

/** Decision D38: the greatest file number, PostgreSQL's bigint maximum (temetro auto-numbers over `::bigint`). */
export const MAX_FILE_NUMBER = 9223372036854775807n;
const digitsOf = (value: string) => value.replace(/\D/g, "");

export const patientInputSchema = z.object({
  fileNumber: z.string()
    .refine((value) => digitsOf(value) === "" || BigInt(digitsOf(value)) <= MAX_FILE_NUMBER, `File number must be at most ${MAX_FILE_NUMBER}.`)
    .transform((value) => digitsOf(value).trim()).default(""),
  name: z.string().trim().min(1),
  age: z.coerce.number().int().min(0).max(150).default(0),
  sex: z.preprocess(
    (value) => (typeof value === "string" ? (/^m/i.test(value) ? "M" : /^[fw]/i.test(value) ? "F" : value) : value),
    z.enum(["M", "F"]),
  ).default("M"),
  pcp: z.string().default(""),
  primaryProviderId: z.string().transform((value) => (value === "" ? null : value)).nullable().optional(),
  status: z.enum(["active", "inpatient", "discharged"]).default("active"),
  initials: z.string().trim().max(4).default(""),
  phone: z.string().trim().max(30).default(""),
  bloodType: z.enum(BLOOD_TYPES).default(""),
  allergies: z.array(allergySchema).default([]),
  alerts: z.array(z.string()).default([]),
  medications: z.array(medicationSchema).default([]),
  problems: z.array(problemSchema).default([]),
  vitals: vitalsSchema.default({ bp: "", hr: "", temp: "", spo2: "", takenAt: "" }),
  vitalsTrend: trendSchema.default(EMPTY_TREND),
  labTrend: trendSchema.default(EMPTY_TREND),
  labs: z.array(labSchema).default([]),
  encounters: z.array(z.object({
    date: z.string().default(""),
    type: z.string().default("").transform((value) => (value.trim() === "" ? "Visit" : value)),
    provider: z.string().default(""),
    summary: z.string().default(""),
  })).default([]),
  source: z.enum(["manual", "ai"]).default("manual"),
});
export type PatientInput = z.infer<typeof patientInputSchema>;

export const transferSchema = z.object({ providerId: z.string().trim().min(1) });

/** Decision D9 (revised): temetro's labSchema, flag and takenAt defaulted. */
export const appendLabsSchema = z.object({ labs: z.array(labSchema).min(1).max(50) });

export const deleteLabSchema = z.object({ name: z.string().min(1), value: z.string().min(1), takenAt: z.string() });
