// Storing and looking up a clinic's appointments and prescriptions, as temetro's services do: a
// non-UUID id is "not found" (never a 500), and so is a record of another clinic.
import { isoNow } from "../core/clock.ts";
import type { MockContext } from "../core/context.ts";
import { failTemetro } from "../core/reply.ts";
import type { AppointmentRecord, PrescriptionRecord } from "../core/store.ts";
import type { AppointmentFields } from "./appointment-input.ts";
import type { PrescriptionFields } from "./prescription-input.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id has the UUID shape temetro's services test before querying. */
export const isUuid = (id: string): boolean => UUID.test(id);

/** Stores a new appointment of the clinic, created and updated now. */
export function insertAppointment(ctx: MockContext, organizationId: string, fields: AppointmentFields): Promise<AppointmentRecord> {
  const now = isoNow(ctx.clock);
  return ctx.store.appointments.create({ ...fields, id: crypto.randomUUID(), organizationId, createdAt: now, updatedAt: now });
}

/** Stores a new prescription of the clinic, created and updated now. */
export function insertPrescription(ctx: MockContext, organizationId: string, fields: PrescriptionFields): Promise<PrescriptionRecord> {
  const now = isoNow(ctx.clock);
  return ctx.store.prescriptions.create({ ...fields, id: crypto.randomUUID(), organizationId, createdAt: now, updatedAt: now });
}

/** The clinic's appointment with this id; 404 APPOINTMENT_NOT_FOUND otherwise. */
export function requireAppointment(ctx: MockContext, organizationId: string, id: string): AppointmentRecord {
  const found = isUuid(id) ? ctx.store.appointments.findFirst(fieldsEqual({ organizationId, id })) : undefined;
  return found ?? failTemetro("APPOINTMENT_NOT_FOUND");
}

/** The clinic's prescription with this id; 404 PRESCRIPTION_NOT_FOUND otherwise. */
export function requirePrescription(ctx: MockContext, organizationId: string, id: string): PrescriptionRecord {
  const found = isUuid(id) ? ctx.store.prescriptions.findFirst(fieldsEqual({ organizationId, id })) : undefined;
  return found ?? failTemetro("PRESCRIPTION_NOT_FOUND");
}

/** An update that writes the fields onto the record and stamps updatedAt with the mock's now. */
const stampedUpdate = <F extends object>(ctx: MockContext, fields: F) => ({
  data: (draft: F & { updatedAt: string }) => void Object.assign(draft, fields, { updatedAt: isoNow(ctx.clock) }),
});

/** The clinic's appointments, by date then time. */
export function appointmentsOf(ctx: MockContext, organizationId: string): AppointmentRecord[] {
  return ctx.store.appointments
    .findMany(fieldsEqual({ organizationId }))
    .sort((a, b) => (a.date === b.date ? a.time.localeCompare(b.time) : a.date.localeCompare(b.date)));
}

/** Replaces a stored appointment's fields, updated now. */
export async function replaceAppointment(ctx: MockContext, current: AppointmentRecord, fields: AppointmentFields): Promise<AppointmentRecord> {
  return (await ctx.store.appointments.update(fieldsEqual({ id: current.id }), stampedUpdate(ctx, fields))) ?? current;
}

/** Deletes a stored appointment. */
export function removeAppointment(ctx: MockContext, appointment: AppointmentRecord): void {
  ctx.store.appointments.delete(fieldsEqual({ id: appointment.id }));
}

/** The clinic's prescriptions, newest prescribedAt first, then newest created. */
export function prescriptionsOf(ctx: MockContext, organizationId: string): PrescriptionRecord[] {
  return ctx.store.prescriptions
    .findMany(fieldsEqual({ organizationId }))
    .sort((a, b) => b.prescribedAt.localeCompare(a.prescribedAt) || b.createdAt.localeCompare(a.createdAt));
}

/** Replaces a stored prescription's fields, updated now. */
export async function replacePrescription(ctx: MockContext, current: PrescriptionRecord, fields: PrescriptionFields): Promise<PrescriptionRecord> {
  return (await ctx.store.prescriptions.update(fieldsEqual({ id: current.id }), stampedUpdate(ctx, fields))) ?? current;
}

/** Deletes a stored prescription. */
export function removePrescription(ctx: MockContext, prescription: PrescriptionRecord): void {
  ctx.store.prescriptions.delete(fieldsEqual({ id: prescription.id }));
}

/** The API fields of a stored record: everything but the clinic it belongs to. */
export function withoutClinic<T extends { organizationId: string }>(record: T): Omit<T, "organizationId"> {
  const { organizationId: _clinic, ...fields } = record;
  return fields;
}
