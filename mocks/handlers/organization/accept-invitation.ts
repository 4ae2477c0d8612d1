// POST /api/auth/organization/accept-invitation — joins the clinic and makes it active on the
// session ROW only: like organization/create, the session_data cookie is not re-issued, so the
// active clinic the client sees stays stale for up to 5 minutes, until set-active.
import { requireSession } from "../../core/call.ts";
import { MEMBERSHIP_LIMIT } from "../../core/config.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findInvitation, isExpired, setInvitationStatus } from "../../services/invitations.ts";
import { addMember, membersOf } from "../../services/memberships.ts";
import { findOrganizationById, setActiveOrganization } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";

export const acceptInvitation = defineHandler("acceptInvitation", async (call) => {
  const lookup = requireSession(call);
  const { invitationId } = call.body;
  const invitation = findInvitation(call.ctx, invitationId);
  if (invitation === undefined || isExpired(call.ctx, invitation) || invitation.status !== "pending") failBetterAuth(400, "INVITATION_NOT_FOUND");
  if (invitation.email.toLowerCase() !== lookup.user.email.toLowerCase()) failBetterAuth(403, "YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION");
  const organization = findOrganizationById(call.ctx, invitation.organizationId);
  if (organization === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  if (membersOf(call.ctx, organization.id).length >= MEMBERSHIP_LIMIT) failBetterAuth(403, "ORGANIZATION_MEMBERSHIP_LIMIT_REACHED");
  const accepted = await setInvitationStatus(call.ctx, invitation, "accepted");
  const member = await addMember(call.ctx, { organizationId: organization.id, userId: lookup.user.id, role: accepted.role });
  await setActiveOrganization(call.ctx, lookup.session.token, organization.id);
  return respond(call, 200, { invitation: accepted, member });
});
