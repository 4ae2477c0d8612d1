// The reference's tables for tasks, staff profiles and conversations (temetro's db/schema: tasks,
// staff-profile, messaging). Every row belongs to a clinic and goes with it; user ids are plain text
// (no foreign key), so deleting a user never fails on rows it left behind, and a task assigned to an
// unknown user id is stored instead of failing (D26).

export const TASK_TABLE = `
create table if not exists "task" (
  "id" uuid primary key default gen_random_uuid(),
  "organizationId" text not null references "organization"("id") on delete cascade,
  "title" text not null,
  "assignee" text not null default 'Unassigned',
  "assigneeRole" text,
  "assigneeUserId" text,
  "due" text not null default 'No due date',
  "priority" text not null default 'medium',
  "status" text not null default 'todo',
  "patient" text,
  "notes" text,
  "done" boolean not null default false,
  "createdBy" text not null,
  "createdByName" text not null,
  "createdAt" timestamptz not null default now(),
  "updatedAt" timestamptz not null default now()
)`;

export const STAFF_PROFILE_TABLE = `
create table if not exists "staff_profile" (
  "organizationId" text not null references "organization"("id") on delete cascade,
  "userId" text not null,
  "specialty" text,
  primary key ("organizationId", "userId")
)`;

export const CONVERSATION_TABLE = `
create table if not exists "conversation" (
  "id" uuid primary key default gen_random_uuid(),
  "organizationId" text not null references "organization"("id") on delete cascade,
  "name" text,
  "isGroup" boolean not null default false,
  "createdBy" text not null,
  "createdAt" timestamptz not null default now(),
  "updatedAt" timestamptz not null default now()
)`;

export const PARTICIPANT_TABLE = `
create table if not exists "conversation_participant" (
  "id" uuid primary key default gen_random_uuid(),
  "conversationId" uuid not null references "conversation"("id") on delete cascade,
  "userId" text not null,
  "lastReadAt" timestamptz,
  unique ("conversationId", "userId")
)`;

export const MESSAGE_TABLE = `
create table if not exists "message" (
  "id" uuid primary key default gen_random_uuid(),
  "conversationId" uuid not null references "conversation"("id") on delete cascade,
  "senderId" text not null,
  "body" text not null default '',
  "attachments" jsonb,
  "createdAt" timestamptz not null default clock_timestamp()
)`;

export const ATTACHMENT_TABLE = `
create table if not exists "message_attachment" (
  "id" uuid primary key default gen_random_uuid(),
  "organizationId" text not null references "organization"("id") on delete cascade,
  "uploaderId" text not null,
  "fileName" text not null,
  "mimeType" text not null,
  "size" integer not null,
  "data" text not null,
  "createdAt" timestamptz not null default now()
)`;

/** Every table of this part, in creation order. */
export const COMMUNICATION_TABLES: readonly string[] = [TASK_TABLE, STAFF_PROFILE_TABLE, CONVERSATION_TABLE, PARTICIPANT_TABLE, MESSAGE_TABLE, ATTACHMENT_TABLE];
