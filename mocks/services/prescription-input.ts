// What temetro's prescription schema and route make of a body the spec accepted: trimmed strings,
// the caller as prescriber when none is named, today (POST) or the stored date (PUT) when
// prescribedAt is omitted, and null for omitted optional fields.
import type { components } from "#openapi";

type Schemas = components["schemas"];

/** A body as sent: fields with an `x-default` may be omitted (the spec keeps `default` out of request schemas for that). */
type PrescriptionBody = Schemas["PrescriptionInput"];

/** Every field of a prescription a body sets. */
export type PrescriptionFields = Omit<Schemas["Prescription"], "id" | "createdAt" | "updatedAt">;

const trimmedOrNull = (value: string | null | undefined): string | null => (value === undefined || value === null ? null : value.trim());

/**
 * The stored fields for a POST or PUT body. `prescribedAt` is the date to use when the body names
 * none: today on POST, the stored date on PUT.
 */
export function prescriptionFieldsOf(input: PrescriptionBody, defaults: { prescriber: string; prescribedAt: string }): PrescriptionFields {
  const prescriber = (input.prescriber ?? "").trim();
  return {
    fileNumber: (input.fileNumber ?? "").trim(),
    name: input.name.trim(),
    initials: input.initials.trim(),
    medication: input.medication.trim(),
    dose: (input.dose ?? "").trim(),
    frequency: input.frequency.trim(),
    prescriber: prescriber === "" ? defaults.prescriber : prescriber,
    prescribedAt: input.prescribedAt ?? defaults.prescribedAt,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    status: input.status ?? "active",
    duration: trimmedOrNull(input.duration),
    notes: input.notes ?? null,
    source: input.source ?? "manual",
  };
}

/** The caller's name as temetro's route fills in the prescriber: "Clinician" when it is empty. */
export const prescriberName = (userName: string): string => (userName.trim() === "" ? "Clinician" : userName);
