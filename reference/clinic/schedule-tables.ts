// The reference's appointment and prescription tables (temetro's db/schema: text date and time for
// appointments, real date columns for prescriptions).

export const APPOINTMENT_TABLE = `
create table if not exists "appointment" (
  "id" uuid primary key default gen_random_uuid(),
  "organizationId" text not null references "organization"("id") on delete cascade,
  "fileNumber" text not null default '',
  "name" text not null,
  "initials" text not null,
  "date" text not null,
  "time" text not null,
  "type" text not null,
  "provider" text not null,
  "status" text not null default 'confirmed',
  "source" text not null default 'manual',
  "createdAt" timestamptz not null default now(),
  "updatedAt" timestamptz not null default now()
)`;

export const PRESCRIPTION_TABLE = `
create table if not exists "prescription" (
  "id" uuid primary key default gen_random_uuid(),
  "organizationId" text not null references "organization"("id") on delete cascade,
  "fileNumber" text not null default '',
  "name" text not null,
  "initials" text not null,
  "medication" text not null,
  "dose" text not null default '',
  "frequency" text not null,
  "prescriber" text not null,
  "prescribedAt" date not null default current_date,
  "startDate" date,
  "endDate" date,
  "status" text not null default 'active',
  "duration" text,
  "notes" text,
  "source" text not null default 'manual',
  "createdAt" timestamptz not null default now(),
  "updatedAt" timestamptz not null default now()
)`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** temetro's services test ids against a UUID regex before querying: anything else is "not found". */
export const isUuid = (id: string): boolean => UUID.test(id);
