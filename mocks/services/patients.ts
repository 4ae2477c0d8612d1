// The clinic's patients as temetro's services/patients.ts keeps them: per-clinic file numbers
// (auto-assigned from 10000, unique: D5, D22), doctor-scoped reads (D4), whole-record writes.
// Each clinic's records are indexed by id (store.patientsByClinic) beside its file numbers, so no
// read or create scans the collection: a clinic of 15k patients answers as fast as an empty one.
import { isoNow } from "../core/clock.ts";
import type { MockContext } from "../core/context.ts";
import { failTemetro } from "../core/reply.ts";
import type { PatientRecord } from "../core/store.ts";
import type { PatientFields } from "./patient-input.ts";
import { isInScope, type RoleView } from "./role-view.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

/** `a.localeCompare(b, "en")`, with the collator made once instead of per comparison. */
const byName = new Intl.Collator("en").compare;

/** The clinic's records by id, in registration order (created on first use). */
function clinicPatients(ctx: MockContext, organizationId: string): Map<string, PatientRecord> {
  let patients = ctx.store.patientsByClinic.get(organizationId);
  if (patients === undefined) ctx.store.patientsByClinic.set(organizationId, (patients = new Map()));
  return patients;
}

/**
 * The query for one patient by id: a plain predicate, which @msw/data tests record by record without
 * building anything (a where-object compares every field of every record through Object.entries).
 */

/** The clinic's patients this view may read, ordered by name. */
export function listPatientRecords(ctx: MockContext, organizationId: string, view: RoleView): PatientRecord[] {
  return [...clinicPatients(ctx, organizationId).values()].filter((patient) => isInScope(patient, view)).sort((a, b) => byName(a.name, b.name));
}

/** The patient with this file number in the clinic; 404 PATIENT_NOT_FOUND when there is none. */
export function requirePatient(ctx: MockContext, organizationId: string, fileNumber: string): PatientRecord {
  const id = ctx.store.fileNumbers.holderOf(organizationId, fileNumber);
  const patient = id === undefined ? undefined : clinicPatients(ctx, organizationId).get(id);
  return patient ?? failTemetro("PATIENT_NOT_FOUND");
}

/** As requirePatient, and outside a scoped doctor's patients is also 404 (D4: reads are scoped). */
export function requireVisiblePatient(ctx: MockContext, organizationId: string, fileNumber: string, view: RoleView): PatientRecord {
  const patient = requirePatient(ctx, organizationId, fileNumber);
  return isInScope(patient, view) ? patient : failTemetro("PATIENT_NOT_FOUND");
}

/** Decision D38: the greatest file number, PostgreSQL's bigint maximum (temetro numbers over `::bigint`). */
export const MAX_FILE_NUMBER = 9223372036854775807n;

/**
 * The clinic's next file number: the greatest all-digit one plus one ("10000" when there is none);
 * 409 when the greatest is already MAX_FILE_NUMBER (D38: there is no next one to assign).
 */
function nextFileNumber(ctx: MockContext, organizationId: string): string {
  // As temetro's SQL: coalesce(max(file_number::bigint), 9999) + 1 over the all-digit numbers.
  const greatest = ctx.store.fileNumbers.greatest(organizationId) ?? 9999n;
  if (greatest >= MAX_FILE_NUMBER) failTemetro("FILE_NUMBERS_EXHAUSTED");
  return String(greatest + 1n);
}

/** Decision D22: 409 when another patient of the clinic holds this file number. */
export function assertFileNumberFree(ctx: MockContext, organizationId: string, fileNumber: string, ownId?: string): void {
  const holder = ctx.store.fileNumbers.holderOf(organizationId, fileNumber);
  if (holder !== undefined && holder !== ownId) failTemetro("PATIENT_FILE_NUMBER_TAKEN", { fileNumber });
}

/**
 * Stores a new patient of the clinic, with the clinic's next file number when `fields.fileNumber` is
 * empty. One clinic's registrations run one at a time, as a database's unique index makes them, so
 * concurrent creates get distinct numbers instead of 409s.
 */
export function insertPatient(ctx: MockContext, organizationId: string, createdBy: string, fields: PatientFields): Promise<PatientRecord> {
  return ctx.store.serial.run(`patients:${organizationId}`, async () => {
    const fileNumber = fields.fileNumber === "" ? nextFileNumber(ctx, organizationId) : fields.fileNumber;
    assertFileNumberFree(ctx, organizationId, fileNumber);
    const now = isoNow(ctx.clock);
    const patient = await ctx.store.patients.create({ ...fields, fileNumber, shareExpiresAt: null, id: crypto.randomUUID(), organizationId, createdBy, createdAt: now, updatedAt: now });
    ctx.store.fileNumbers.add(organizationId, fileNumber, patient.id);
    clinicPatients(ctx, organizationId).set(patient.id, patient);
    return patient;
  });
}

/** Removes a patient of the clinic. */
export function removePatient(ctx: MockContext, patient: PatientRecord): void {
  ctx.store.patients.delete(fieldsEqual<PatientRecord>({ id: patient.id }));
  clinicPatients(ctx, patient.organizationId).delete(patient.id);
  ctx.store.fileNumbers.remove(patient.organizationId, patient.fileNumber);
}

/** Overwrites some fields of a stored patient and bumps updatedAt. */
export async function writePatient(ctx: MockContext, patient: PatientRecord, fields: Partial<PatientFields>): Promise<PatientRecord> {
  const updated = await ctx.store.patients.update(fieldsEqual<PatientRecord>({ id: patient.id }), {
    data(draft) {
      Object.assign(draft, fields, { updatedAt: isoNow(ctx.clock) });
    },
  });
  if (updated === undefined) throw new Error(`Failed to update patient ${patient.fileNumber}: the record vanished from the store.`);
  clinicPatients(ctx, patient.organizationId).set(patient.id, updated);
  if (updated.fileNumber !== patient.fileNumber) {
    ctx.store.fileNumbers.remove(patient.organizationId, patient.fileNumber);
    ctx.store.fileNumbers.add(patient.organizationId, updated.fileNumber, patient.id);
  }
  return updated;
}
