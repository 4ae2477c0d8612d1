// The clinic's patients as temetro's services/patients.ts keeps them: per-clinic file numbers
// (auto-assigned from 10000, unique: D5, D22), doctor-scoped reads (D4), whole-record writes.
import { isoNow } from "../core/clock.ts";
import type { MockContext } from "../core/context.ts";
import { failTemetro } from "../core/reply.ts";
import type { PatientRecord } from "../core/store.ts";
import type { PatientFields } from "./patient-input.ts";
import { isInScope, type RoleView } from "./role-view.ts";

const NOT_FOUND = "Patient not found.";
const FILE_NUMBERS_EXHAUSTED = "No file number is left to assign in this clinic; send one.";

/** The clinic's patients this view may read, ordered by name. */
export function listPatientRecords(ctx: MockContext, organizationId: string, view: RoleView): PatientRecord[] {
  return ctx.store.patients
    .findMany((q) => q.where({ organizationId }))
    .filter((patient) => isInScope(patient, view))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** The patient with this file number in the clinic; 404 "Patient not found." when there is none. */
export function requirePatient(ctx: MockContext, organizationId: string, fileNumber: string): PatientRecord {
  const patient = ctx.store.patients.findFirst((q) => q.where({ organizationId, fileNumber }));
  return patient ?? failTemetro(404, NOT_FOUND);
}

/** As requirePatient, and outside a scoped doctor's patients is also 404 (D4: reads are scoped). */
export function requireVisiblePatient(ctx: MockContext, organizationId: string, fileNumber: string, view: RoleView): PatientRecord {
  const patient = requirePatient(ctx, organizationId, fileNumber);
  return isInScope(patient, view) ? patient : failTemetro(404, NOT_FOUND);
}

/** Decision D38: the greatest file number, PostgreSQL's bigint maximum (temetro numbers over `::bigint`). */
export const MAX_FILE_NUMBER = 9223372036854775807n;

/**
 * The clinic's next file number: the greatest all-digit one plus one ("10000" when there is none);
 * 409 when the greatest is already MAX_FILE_NUMBER (D38: there is no next one to assign).
 */
export function nextFileNumber(ctx: MockContext, organizationId: string): string {
  const numbers = ctx.store.patients
    .findMany((q) => q.where({ organizationId }))
    .map((patient) => patient.fileNumber)
    .filter((fileNumber) => /^\d+$/.test(fileNumber))
    .map((fileNumber) => BigInt(fileNumber));
  // As temetro's SQL: coalesce(max(file_number::bigint), 9999) + 1 over the all-digit numbers.
  const greatest = numbers.length === 0 ? 9999n : numbers.reduce((max, n) => (n > max ? n : max));
  if (greatest >= MAX_FILE_NUMBER) failTemetro(409, FILE_NUMBERS_EXHAUSTED);
  return String(greatest + 1n);
}

/** Decision D22: 409 when another patient of the clinic holds this file number. */
export function assertFileNumberFree(ctx: MockContext, organizationId: string, fileNumber: string, ownId?: string): void {
  const holder = ctx.store.patients.findFirst((q) => q.where({ organizationId, fileNumber }));
  if (holder !== undefined && holder.id !== ownId) failTemetro(409, `A patient with file number ${fileNumber} already exists in this clinic.`);
}

/** Stores a new patient of the clinic. */
export async function insertPatient(ctx: MockContext, organizationId: string, createdBy: string, fields: PatientFields): Promise<PatientRecord> {
  assertFileNumberFree(ctx, organizationId, fields.fileNumber);
  const now = isoNow(ctx.clock);
  return ctx.store.patients.create({ ...fields, shareExpiresAt: null, id: crypto.randomUUID(), organizationId, createdBy, createdAt: now, updatedAt: now });
}

/** Overwrites some fields of a stored patient and bumps updatedAt. */
export async function writePatient(ctx: MockContext, patient: PatientRecord, fields: Partial<PatientFields>): Promise<PatientRecord> {
  const updated = await ctx.store.patients.update((q) => q.where({ id: patient.id }), {
    data(draft) {
      Object.assign(draft, fields, { updatedAt: isoNow(ctx.clock) });
    },
  });
  if (updated === undefined) throw new Error(`Failed to update patient ${patient.fileNumber}: the record vanished from the store.`);
  return updated;
}
