// GET /api/auth/organization/get-full-organization — the active (or named) clinic with its members,
// and its invitations for those who may list them (owner invitations for owners only).
import { getOperation, hasPermission } from "#openapi";
import { BARE_500, refusedAsLimit } from "../../core/better-auth-faults.ts";
import { requireSession, type OperationHandler } from "../../core/call.ts";
import { MEMBERSHIP_LIMIT } from "../../core/config.ts";
import { failBetterAuth, json } from "../../core/reply.ts";
import { withoutCreatorRoleInvitations } from "../../services/invitations.ts";
import { findMember, membersOf, withUser } from "../../services/memberships.ts";
import { findOrganizationById, findOrganizationBySlug, setActiveOrganization } from "../../services/organizations.ts";

/** Better Auth's canViewInvitations is the permission to create them, the one list-invitations requires. */
const viewInvitations = getOperation("listInvitations").rules.permission ?? "invitation:create";

export const getFullOrganization: OperationHandler = async (call) => {
  const lookup = requireSession(call);
  const query = call.url.searchParams;
  const slug = query.get("organizationSlug");
  const key = slug || query.get("organizationId") || lookup.session.activeOrganizationId;
  if (!key) return json(null);
  const organization = slug ? findOrganizationBySlug(call.ctx, key) : findOrganizationById(call.ctx, key);
  if (organization === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  // Better Auth reads membersLimit with parseInt ("1.5" is 1) and hands PostgreSQL a negative or oversized one (D46).
  const limit = parseInt(query.get("membersLimit") ?? "") || MEMBERSHIP_LIMIT;
  if (refusedAsLimit(limit)) return BARE_500;
  const member = findMember(call.ctx, organization.id, lookup.user.id);
  if (member === undefined) {
    await setActiveOrganization(call.ctx, lookup.session.token, null);
    failBetterAuth(403, "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION");
  }
  const members = membersOf(call.ctx, organization.id).slice(0, limit).map((row) => withUser(call.ctx, row));
  const all = call.ctx.store.invitations.findMany((q) => q.where({ organizationId: organization.id }));
  const invitations = hasPermission(member.role, viewInvitations) ? withoutCreatorRoleInvitations(all, member.role) : [];
  return json({ ...organization, members, invitations });
};
