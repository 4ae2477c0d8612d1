// Who belongs to which clinic, with which role string ("doctor,lab"), as Better Auth's
// organization plugin keeps and reads the member table.
import { ROLES } from "#openapi";
import type { components } from "#openapi";
import { isoNow } from "../core/clock.ts";
import type { MockContext } from "../core/context.ts";
import { generateId } from "../core/ids.ts";
import type { MemberRecord } from "../core/store.ts";
import { findUserByEmail } from "./accounts.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

export type MemberWithUser = components["schemas"]["MemberWithUser"];

/** Better Auth's creatorRole as temetro configures it: the role a clinic's creator gets, and the one only its holders may grant. */
export const CREATOR_ROLE = "owner";

/** A role value (string or list) as a list of trimmed, non-empty names, as Better Auth's parseRoleList. */
export function roleList(role: string | readonly string[]): string[] {
  const parts = typeof role === "string" ? [role] : [...role];
  return parts.flatMap((part) => part.split(",")).map((name) => name.trim()).filter((name) => name.length > 0);
}

/** The names of a role list that the role matrix does not know. */
export const unknownRoles = (roles: readonly string[]): string[] => roles.filter((role) => !ROLES.includes(role));

/** Whether a role string names the creator role. */
export const holdsCreatorRole = (role: string): boolean => roleList(role).includes(CREATOR_ROLE);

/** The member row of a user in a clinic. */
export const findMember = (ctx: MockContext, organizationId: string, userId: string): MemberRecord | undefined =>
  ctx.store.members.findFirst(fieldsEqual({ organizationId, userId }));

/** The member row with this id, whatever its clinic. */
export const findMemberById = (ctx: MockContext, id: string): MemberRecord | undefined => ctx.store.members.findFirst(fieldsEqual({ id }));

/** The member row of the user with this email in a clinic. */
export function findMemberByEmail(ctx: MockContext, organizationId: string, email: string): MemberRecord | undefined {
  const user = findUserByEmail(ctx, email);
  return user === undefined ? undefined : findMember(ctx, organizationId, user.id);
}

/** A member row with its user's public fields, as the organization routes answer it. */
export function withUser(ctx: MockContext, member: MemberRecord): MemberWithUser {
  const user = ctx.store.users.findFirst(fieldsEqual({ id: member.userId }), { strict: true });
  return { ...member, user: { id: user.id, name: user.name, email: user.email, image: user.image ?? null } };
}

/** A clinic's members, oldest first. */
export const membersOf = (ctx: MockContext, organizationId: string): MemberRecord[] => ctx.store.members.findMany(fieldsEqual({ organizationId }));

/** How many members of a clinic hold the creator role. */
export const ownerCount = (ctx: MockContext, organizationId: string): number =>
  membersOf(ctx, organizationId).filter((member) => holdsCreatorRole(member.role)).length;

/** Adds a user to a clinic with a role string (no limit check: the routes check it where Better Auth does). */
export function addMember(ctx: MockContext, member: { organizationId: string; userId: string; role: string }): Promise<MemberRecord> {
  return ctx.store.members.create({ id: generateId(), ...member, role: roleList(member.role).join(","), createdAt: isoNow(ctx.clock) });
}

/** Replaces a member's role string. */
export async function setMemberRole(ctx: MockContext, member: MemberRecord, role: string): Promise<MemberRecord> {
  const updated = await ctx.store.members.update(fieldsEqual({ id: member.id }), {
    data(draft) {
      draft.role = role;
    },
  });
  return updated ?? member;
}

/** Deletes a member row. */
export function removeMember(ctx: MockContext, member: MemberRecord): void {
  ctx.store.members.deleteMany(fieldsEqual({ id: member.id }));
}
