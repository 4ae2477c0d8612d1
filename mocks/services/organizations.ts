// Clinics (Better Auth organizations): creation with the owner's membership, look-ups, updates,
// deletion with everything that belongs to the clinic, and the active clinic of a session row.
import { isoNow } from "../core/clock.ts";
import type { MockContext } from "../core/context.ts";
import { generateId } from "../core/ids.ts";
import type { MemberRecord, OrganizationRecord, SessionRecord } from "../core/store.ts";
import { addMember, CREATOR_ROLE } from "./memberships.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

export type NewOrganization = { name: string; slug: string; logo?: string | null; metadata?: Record<string, unknown> };
export type OrganizationChanges = { name?: string; slug?: string; logo?: string | null; metadata?: Record<string, unknown> };

/** The clinic with this id. */
export const findOrganizationById = (ctx: MockContext, id: string): OrganizationRecord | undefined =>
  ctx.store.organizations.findFirst(fieldsEqual({ id }));

/** The clinic with this slug (exact, as Better Auth compares it). */
export const findOrganizationBySlug = (ctx: MockContext, slug: string): OrganizationRecord | undefined =>
  ctx.store.organizations.findFirst(fieldsEqual({ slug }));

/** Creates a clinic and makes `userId` its owner (creatorRole). */
export async function createOrganization(ctx: MockContext, userId: string, input: NewOrganization): Promise<{ organization: OrganizationRecord; member: MemberRecord }> {
  const organization = await ctx.store.organizations.create({
    id: generateId(),
    name: input.name,
    slug: input.slug,
    logo: input.logo ?? null,
    // Better Auth stores metadata as a JSON string and hands it back as stored, except on create and update.
    metadata: input.metadata === undefined ? null : JSON.stringify(input.metadata),
    createdAt: isoNow(ctx.clock),
  });
  const member = await addMember(ctx, { organizationId: organization.id, userId, role: CREATOR_ROLE });
  return { organization, member };
}

/** The clinic as create and update answer it: metadata parsed, and left out when there is none. */
export function withParsedMetadata(organization: OrganizationRecord): OrganizationRecord {
  const { metadata, ...rest } = organization;
  if (typeof metadata !== "string") return metadata === null || metadata === undefined ? rest : organization;
  return { ...rest, metadata: JSON.parse(metadata) };
}

/** The clinics a user is a member of, in the order they joined. */
export function organizationsOf(ctx: MockContext, userId: string): OrganizationRecord[] {
  return ctx.store.members
    .findMany(fieldsEqual({ userId }))
    .map((member) => findOrganizationById(ctx, member.organizationId))
    .filter((organization) => organization !== undefined);
}

/** Applies a clinic's changes; returns the updated record. */
export async function updateOrganization(ctx: MockContext, organization: OrganizationRecord, changes: OrganizationChanges): Promise<OrganizationRecord> {
  const updated = await ctx.store.organizations.update(fieldsEqual({ id: organization.id }), {
    data(draft) {
      if (changes.name !== undefined) draft.name = changes.name;
      if (changes.slug !== undefined) draft.slug = changes.slug;
      if (changes.logo !== undefined) draft.logo = changes.logo;
      if (changes.metadata !== undefined) draft.metadata = JSON.stringify(changes.metadata);
    },
  });
  return updated ?? organization;
}

/** Deletes a clinic with its members and invitations. */
export function deleteOrganization(ctx: MockContext, organizationId: string): void {
  ctx.store.members.deleteMany(fieldsEqual({ organizationId }));
  ctx.store.invitations.deleteMany(fieldsEqual({ organizationId }));
  ctx.store.organizations.deleteMany(fieldsEqual({ id: organizationId }));
}

/**
 * Sets the active clinic on the session row with this token (Better Auth's updateSession): the
 * `session_data` cookie the client holds is not touched. Returns the updated row, or null when
 * the row is gone (a revoked session still honoured through its cookie cache).
 */
export async function setActiveOrganization(ctx: MockContext, token: string, organizationId: string | null): Promise<SessionRecord | null> {
  const row = ctx.store.sessions.findFirst(fieldsEqual({ token }));
  if (row === undefined) return null;
  const updated = await ctx.store.sessions.update(row, {
    data(draft) {
      draft.activeOrganizationId = organizationId;
      draft.updatedAt = isoNow(ctx.clock);
    },
  });
  return updated ?? null;
}
