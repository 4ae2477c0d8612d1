// GET /api/auth/organization/list-invitations — every invitation of the clinic, whatever its
// status, for members who may create them (owner invitations for owners only).
import { requireSession } from "../../core/call.ts";
import { respond } from "../../core/typed-reply.ts";
import { invitationsOf, withoutCreatorRoleInvitations } from "../../services/invitations.ts";
import { findMember } from "../../services/memberships.ts";
import { defineHandler } from "../define-handler.ts";
import { failWithMessage, organizationIdOf, requirePermission } from "./organization-access.ts";

export const listInvitations = defineHandler("listInvitations", (call) => {
  const lookup = requireSession(call);
  const organizationId = organizationIdOf(call);
  if (organizationId === null) failWithMessage(400, "Organization ID is required");
  const member = findMember(call.ctx, organizationId, lookup.user.id);
  if (member === undefined) failWithMessage(403, "You are not a member of this organization");
  requirePermission(call, member.role);
  return respond(call, 200, withoutCreatorRoleInvitations(invitationsOf(call.ctx, organizationId), member.role));
});
