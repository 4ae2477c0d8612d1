// temetro's lib/appointment-validation.ts and lib/prescription-validation.ts (zod 4), reproduced,
// with decision D11 for prescriptions: a date of the right shape that does not exist is a 400.
import { z } from "zod";

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = "Date must be YYYY-MM-DD.";

/** Whether a YYYY-MM-DD string names a day of the calendar. */
export function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export const appointmentInputSchema = z.object({
  fileNumber: z.string().trim().default(""),
  name: z.string().trim().min(1, "Patient name is required.").max(200),
  initials: z.string().trim().max(4).default(""),
  // Shape only, as temetro checks it (the column is text).
  date: z.string().regex(DATE_SHAPE, DATE_MESSAGE),
  time: z.string().regex(/^\d{2}:\d{2}$/, "Time must be HH:mm."),
  type: z.string().trim().max(120).default(""),
  provider: z.string().trim().max(200).default(""),
  status: z.enum(["confirmed", "checked-in", "completed", "cancelled"]).default("confirmed"),
  source: z.enum(["manual", "ai"]).default("manual"),
});

// temetro: the regex only, so "2026-13-45" reaches the date column and fails there (a 500).
// A malformed value has its regex issue only; one of the right shape is then looked up in the calendar.
const calendarDate = z.string().regex(DATE_SHAPE, DATE_MESSAGE).refine((value) => !DATE_SHAPE.test(value) || isCalendarDate(value), DATE_MESSAGE);

export const prescriptionInputSchema = z.object({
  fileNumber: z.string().trim().default(""),
  name: z.string().trim().min(1).max(200),
  initials: z.string().trim().min(1).max(4),
  medication: z.string().trim().min(1).max(200),
  dose: z.string().trim().max(120).default(""),
  frequency: z.string().trim().min(1).max(120),
  prescriber: z.string().trim().max(200).default(""),
  prescribedAt: calendarDate.optional(),
  startDate: calendarDate.nullish(),
  endDate: calendarDate.nullish(),
  status: z.enum(["active", "completed", "expired"]).default("active"),
  duration: z.string().trim().max(120).nullish(),
  notes: z.string().max(5000).nullish(),
  source: z.enum(["manual", "ai"]).default("manual"),
});
