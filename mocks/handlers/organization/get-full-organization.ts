// GET /api/auth/organization/get-full-organization — the active (or named) clinic with its members,
// and its invitations for those who may list them (owner invitations for owners only).
import { getOperation, hasPermission } from "#openapi";
import { BARE_500, refusedAsLimit } from "../../core/better-auth-faults.ts";
import { queryParam, requireSession } from "../../core/call.ts";
import { MEMBERSHIP_LIMIT } from "../../core/config.ts";
import { failBetterAuth, ReplyError } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { invitationsOf, withoutCreatorRoleInvitations } from "../../services/invitations.ts";
import { findMember, membersOf, withUser } from "../../services/memberships.ts";
import { findOrganizationById, findOrganizationBySlug, setActiveOrganization } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";

/** Better Auth's canViewInvitations is the permission to create them, the one list-invitations requires. */
const viewInvitations = getOperation("listInvitations").rules.permission ?? "invitation:create";

export const getFullOrganization = defineHandler("getFullOrganization", async (call) => {
  const lookup = requireSession(call);
  const slug = queryParam(call, "organizationSlug");
  const key = slug || queryParam(call, "organizationId") || lookup.session.activeOrganizationId;
  if (!key) return respond(call, 200, null);
  const organization = slug ? findOrganizationBySlug(call.ctx, key) : findOrganizationById(call.ctx, key);
  if (organization === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  // Better Auth reads membersLimit with parseInt ("1.5" is 1) and hands PostgreSQL a negative or oversized one (D46).
  const limit = parseInt(queryParam(call, "membersLimit") ?? "") || MEMBERSHIP_LIMIT;
  if (refusedAsLimit(limit)) throw new ReplyError(BARE_500);
  const member = findMember(call.ctx, organization.id, lookup.user.id);
  if (member === undefined) {
    await setActiveOrganization(call.ctx, lookup.session.token, null);
    failBetterAuth(403, "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION");
  }
  const members = membersOf(call.ctx, organization.id).slice(0, limit).map((row) => withUser(call.ctx, row));
  const all = invitationsOf(call.ctx, organization.id);
  const invitations = hasPermission(member.role, viewInvitations) ? withoutCreatorRoleInvitations(all, member.role) : [];
  return respond(call, 200, { ...organization, members, invitations });
});
