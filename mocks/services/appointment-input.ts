// What temetro's appointment schema makes of a body the spec accepted: trimmed strings, derived
// initials, "Unspecified" and "Unassigned" for an empty type and provider, default status and source.
import type { components } from "#openapi";
import { initialsFromName } from "./initials-from-name.ts";

type Schemas = components["schemas"];

/** A body as sent: fields with an `x-default` may be omitted (the spec keeps `default` out of request schemas for that). */
type AppointmentBody = Schemas["AppointmentInput"];

/** Every field of an appointment a body sets. */
export type AppointmentFields = Omit<Schemas["Appointment"], "id" | "createdAt" | "updatedAt">;

/** The stored fields for a POST or PUT body (PUT replaces the whole appointment). */
export function appointmentFieldsOf(input: AppointmentBody): AppointmentFields {
  const name = input.name.trim();
  const initials = (input.initials ?? "").trim();
  const type = (input.type ?? "").trim();
  const provider = (input.provider ?? "").trim();
  return {
    fileNumber: (input.fileNumber ?? "").trim(),
    name,
    initials: initials === "" ? initialsFromName(name) : initials,
    date: input.date,
    time: input.time,
    type: type === "" ? "Unspecified" : type,
    provider: provider === "" ? "Unassigned" : provider,
    status: input.status ?? "confirmed",
    source: input.source ?? "manual",
  };
}
