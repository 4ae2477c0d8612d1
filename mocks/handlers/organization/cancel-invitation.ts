// POST /api/auth/organization/cancel-invitation — invitation:cancel (owner or admin) of the
// invitation's clinic; the status is not checked, so a settled invitation is marked canceled too.
import { requireSession } from "../../core/call.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findInvitation, setInvitationStatus } from "../../services/invitations.ts";
import { findMember } from "../../services/memberships.ts";
import { findOrganizationById } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";
import { requirePermission } from "./organization-access.ts";

export const cancelInvitation = defineHandler("cancelInvitation", async (call) => {
  const lookup = requireSession(call);
  const { invitationId } = call.body;
  const invitation = findInvitation(call.ctx, invitationId);
  if (invitation === undefined) failBetterAuth(400, "INVITATION_NOT_FOUND");
  const member = findMember(call.ctx, invitation.organizationId, lookup.user.id);
  if (member === undefined) failBetterAuth(400, "MEMBER_NOT_FOUND");
  requirePermission(call, member.role);
  if (findOrganizationById(call.ctx, invitation.organizationId) === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  return respond(call, 200, await setInvitationStatus(call.ctx, invitation, "canceled"));
});
