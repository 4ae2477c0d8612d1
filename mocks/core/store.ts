// The mock's in-memory database: @msw/data collections whose schemas are the spec's own
// (so every stored record is a valid API object), plus the few internal tables no API returns.
import { Collection } from "@msw/data";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { componentValidator } from "#openapi";
import { createFileNumberIndex } from "./file-number-index.ts";
import { createKeyedQueue } from "./keyed-queue.ts";
import type { components } from "#openapi";

type Schemas = components["schemas"];
export type UserRecord = Schemas["User"];
export type SessionRecord = Schemas["Session"];
export type OrganizationRecord = Schemas["Organization"];
export type MemberRecord = Schemas["Member"];
export type InvitationRecord = Schemas["Invitation"];
/** What every clinic record carries beside its API fields (never answered: handlers pick the API fields). */
export type ClinicScoped = { organizationId: string };
/** A patient: the API record plus its internal id, clinic, creator and timestamps. */
export type PatientRecord = Schemas["Patient"] & ClinicScoped & { id: string; createdBy: string; createdAt: string; updatedAt: string };
export type AppointmentRecord = Schemas["Appointment"] & ClinicScoped;
export type PrescriptionRecord = Schemas["Prescription"] & ClinicScoped;
export type TaskRecord = Schemas["Task"] & ClinicScoped;
export type MessageRecord = Schemas["ConversationMessage"];
/** A conversation as stored: its summary is worked out per caller; `lastReadAt` holds each participant's read mark. */
export type ConversationRecord = ClinicScoped & {
  id: string;
  name: string | null;
  isGroup: boolean;
  createdBy: string;
  updatedAt: string;
  lastReadAt: Map<string, string | null>;
};
/** An uploaded file: what the upload answered, plus its clinic, uploader and base64 bytes. */
export type AttachmentRecord = Schemas["UploadedAttachment"] & ClinicScoped & { uploaderId: string; data: string };

/** A spec component as a Standard Schema with the generated type as its input and output. */
function specSchema<T>(name: string): StandardSchemaV1<T, T> {
  return componentValidator(name) as unknown as StandardSchemaV1<T, T>;
}

/** A one-time token: password reset, email verification. */
export type Verification = { value: string; expiresAt: number };

export type Store = ReturnType<typeof createStore>;

/** A fresh, empty store. */
export function createStore() {
  return {
    users: new Collection({ schema: specSchema<UserRecord>("User") }),
    sessions: new Collection({ schema: specSchema<SessionRecord>("Session") }),
    organizations: new Collection({ schema: specSchema<OrganizationRecord>("Organization") }),
    members: new Collection({ schema: specSchema<MemberRecord>("Member") }),
    invitations: new Collection({ schema: specSchema<InvitationRecord>("Invitation") }),
    // The spec's schemas allow more properties, so a record keeps its internal fields beside the API's.
    patients: new Collection({ schema: specSchema<PatientRecord>("Patient") }),
    appointments: new Collection({ schema: specSchema<AppointmentRecord>("Appointment") }),
    prescriptions: new Collection({ schema: specSchema<PrescriptionRecord>("Prescription") }),
    tasks: new Collection({ schema: specSchema<TaskRecord>("Task") }),
    messages: new Collection({ schema: specSchema<MessageRecord>("ConversationMessage") }),
    /** conversation id → conversation (participants and read marks inside). */
    conversations: new Map<string, ConversationRecord>(),
    /** attachment id → uploaded file. */
    attachments: new Map<string, AttachmentRecord>(),
    /** "<organizationId> <userId>" → the member's specialty in that clinic (temetro's staff_profile). */
    specialties: new Map<string, string | null>(),
    /** userId → password (a credential account; never returned by the API). */
    credentials: new Map<string, string>(),
    /** identifier ("reset-password:<token>", "verify-email:<token>") → verification. */
    verifications: new Map<string, Verification>(),
    /** What a database's unique constraints do: check-then-insert of one key space runs one at a time ("users"). */
    serial: createKeyedQueue(),
    /** Each clinic's file numbers: their holders and the greatest, for O(1) numbering (patients only write it through services/patients.ts). */
    fileNumbers: createFileNumberIndex(),
    /** clinic id → its patients by id, in registration order: O(1) reads however many clinics the store holds. */
    patientsByClinic: new Map<string, Map<string, PatientRecord>>(),
  };
}

/** Empties every table. */
export function clearStore(store: Store): void {
  store.users.clear();
  store.sessions.clear();
  store.organizations.clear();
  store.members.clear();
  store.invitations.clear();
  store.patients.clear();
  store.fileNumbers.clear();
  store.patientsByClinic.clear();
  store.appointments.clear();
  store.prescriptions.clear();
  store.tasks.clear();
  store.messages.clear();
  store.conversations.clear();
  store.attachments.clear();
  store.specialties.clear();
  store.credentials.clear();
  store.verifications.clear();
}
