// What temetro's patientInputSchema makes of a body the spec accepted: trimmed strings, digits-only
// file numbers (D5), coerced age and sex, bare strings expanded, defaults filled in, initials derived.
import type { components } from "#openapi";
import { initialsFromName } from "./initials-from-name.ts";

type Schemas = components["schemas"];
/** A body as sent: fields with an `x-default` may be omitted (the spec keeps `default` out of request schemas for that). */
type PatientInput = Schemas["PatientInput"];

/** Every stored field of a patient that a body sets (all but shareExpiresAt). */
export type PatientFields = Omit<Schemas["Patient"], "shareExpiresAt">;

/** The fields a reception-only caller may write (temetro's demographic columns). */
export const DEMOGRAPHIC_FIELDS = ["fileNumber", "name", "age", "sex", "pcp", "primaryProviderId", "status", "initials", "phone"] as const;
export type DemographicFields = Pick<PatientFields, (typeof DEMOGRAPHIC_FIELDS)[number]>;

const EMPTY_VITALS = { bp: "", hr: "", temp: "", spo2: "", takenAt: "" };

/** An empty trend, as stored when a body sends none. */
export const emptyTrend = (): Schemas["Trend"] => ({ label: "", unit: "", points: [] });

/** Decision D5: every non-digit is stripped ("P-00042" → "00042"). */
export const digitsOnly = (fileNumber: string | undefined): string => (fileNumber ?? "").replace(/\D/g, "");

/** temetro's z.coerce.number(): JavaScript's Number() of whatever was sent (the spec's validator refused the rest). */
const ageOf = (age: PatientInput["age"]): number => (age === undefined ? 0 : Number(age));

const sexOf = (sex: string | undefined): "M" | "F" => (sex === undefined || /^m/i.test(sex) ? "M" : "F");

/** The demographic fields of a body; `fileNumber` is digits only and may be empty (the caller decides). */
export function demographicsOf(input: PatientInput): DemographicFields {
  const name = input.name.trim();
  const initials = (input.initials ?? "").trim();
  return {
    fileNumber: digitsOnly(input.fileNumber),
    name,
    age: ageOf(input.age),
    sex: sexOf(input.sex),
    pcp: input.pcp ?? "",
    primaryProviderId: input.primaryProviderId === undefined || input.primaryProviderId === "" ? null : input.primaryProviderId,
    status: input.status ?? "active",
    initials: initials === "" ? initialsFromName(name) : initials,
    phone: (input.phone ?? "").trim(),
  };
}

/** Every field of a body, clinical ones included, with temetro's defaults. */
export function patientFieldsOf(input: PatientInput): PatientFields {
  return {
    ...demographicsOf(input),
    bloodType: input.bloodType ?? "",
    allergies: (input.allergies ?? []).map((item) =>
      typeof item === "string" ? { substance: item, reaction: "", severity: "mild" as const } : { substance: item.substance, reaction: item.reaction ?? "", severity: item.severity ?? "mild" },
    ),
    alerts: [...(input.alerts ?? [])],
    medications: (input.medications ?? []).map((item) =>
      typeof item === "string" ? { name: item, dose: "", frequency: "" } : { name: item.name, dose: item.dose ?? "", frequency: item.frequency ?? "" },
    ),
    problems: (input.problems ?? []).map((item) => (typeof item === "string" ? { label: item, since: "" } : { label: item.label, since: item.since ?? "" })),
    vitals: { ...EMPTY_VITALS, ...input.vitals },
    vitalsTrend: input.vitalsTrend === undefined ? emptyTrend() : { ...input.vitalsTrend, points: [...input.vitalsTrend.points] },
    labTrend: input.labTrend === undefined ? emptyTrend() : { ...input.labTrend, points: [...input.labTrend.points] },
    labs: (input.labs ?? []).map((lab) => ({ name: lab.name, value: lab.value, flag: lab.flag ?? "normal", takenAt: lab.takenAt ?? "" })),
    encounters: (input.encounters ?? []).map((encounter) => ({
      date: encounter.date ?? "",
      type: (encounter.type ?? "").trim() === "" ? "Visit" : (encounter.type ?? ""),
      provider: encounter.provider ?? "",
      summary: encounter.summary ?? "",
    })),
    source: input.source ?? "manual",
  };
}

/** The clinical fields of a record no clinician has filled in (what a reception-only create stores). */
export function blankClinicalFields(): Omit<PatientFields, keyof DemographicFields | "source"> {
  return { bloodType: "", allergies: [], alerts: [], medications: [], problems: [], vitals: { ...EMPTY_VITALS }, vitalsTrend: emptyTrend(), labTrend: emptyTrend(), labs: [], encounters: [] };
}
