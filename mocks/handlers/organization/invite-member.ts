// POST /api/auth/organization/invite-member — invitation:create (owner or admin), in Better Auth's
// order: clinic, email, membership, permission, role, owner role, member, pending invitation, limit.
import { z } from "zod";
import { requireSession } from "../../core/call.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { createInvitation, extendInvitation, INVITATION_LIMIT, pendingInvitations, sendInvitationEmail } from "../../services/invitations.ts";
import { CREATOR_ROLE, findMember, findMemberByEmail, holdsCreatorRole, roleList, unknownRoles } from "../../services/memberships.ts";
import { findOrganizationById } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";
import { failWithMessage, organizationIdOf, requirePermission } from "./organization-access.ts";

const emailFormat = z.email();

export const inviteMember = defineHandler("inviteMember", async (call) => {
  const lookup = requireSession(call);
  const { body } = call;
  const organizationId = organizationIdOf(call);
  if (organizationId === null) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  const email = body.email.toLowerCase();
  if (!emailFormat.safeParse(email).success) failBetterAuth(400, "INVALID_EMAIL");
  const inviter = findMember(call.ctx, organizationId, lookup.user.id);
  if (inviter === undefined) failBetterAuth(400, "MEMBER_NOT_FOUND");
  requirePermission(call, inviter.role);
  const roles = roleList(body.role);
  if (roles.length === 0) failBetterAuth(400, "ROLE_NOT_FOUND");
  const unknown = unknownRoles(roles);
  if (unknown.length > 0) failWithMessage(400, `ROLE_NOT_FOUND: ${unknown.join(", ")}`);
  const inviterIsOwner = holdsCreatorRole(inviter.role);
  if (!inviterIsOwner && roles.includes(CREATOR_ROLE)) failBetterAuth(403, "YOU_ARE_NOT_ALLOWED_TO_INVITE_USER_WITH_THIS_ROLE");
  if (findMemberByEmail(call.ctx, organizationId, email) !== undefined) failBetterAuth(400, "USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION");
  const existing = pendingInvitations(call.ctx, organizationId, email)[0];
  if (existing !== undefined && !body.resend) failBetterAuth(400, "USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION");
  const organization = findOrganizationById(call.ctx, organizationId);
  if (organization === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  if (existing !== undefined) {
    // A resend keeps the invitation's role and inviter, and only pushes its expiry out.
    if (!inviterIsOwner && holdsCreatorRole(existing.role)) failBetterAuth(403, "YOU_ARE_NOT_ALLOWED_TO_INVITE_USER_WITH_THIS_ROLE");
    const extended = await extendInvitation(call.ctx, existing);
    sendInvitationEmail(call.ctx, extended, organization);
    return respond(call, 200, extended);
  }
  if (pendingInvitations(call.ctx, organizationId).length >= INVITATION_LIMIT) failBetterAuth(403, "INVITATION_LIMIT_REACHED");
  const invitation = await createInvitation(call.ctx, { organizationId, email, role: roles.join(","), inviterId: lookup.user.id });
  sendInvitationEmail(call.ctx, invitation, organization);
  return respond(call, 200, invitation);
});
