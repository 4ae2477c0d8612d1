// GET /api/auth/organization/list-invitations — every invitation of the clinic, whatever its
// status, for members who may create them (owner invitations for owners only).
import { requireSession, type OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { withoutCreatorRoleInvitations } from "../../services/invitations.ts";
import { findMember } from "../../services/memberships.ts";
import { failWithMessage, organizationIdOf, requirePermission } from "./organization-access.ts";

export const listInvitations: OperationHandler = (call) => {
  const lookup = requireSession(call);
  const organizationId = organizationIdOf(call);
  if (organizationId === null) failWithMessage(400, "Organization ID is required");
  const member = findMember(call.ctx, organizationId, lookup.user.id);
  if (member === undefined) failWithMessage(403, "You are not a member of this organization");
  requirePermission(call, member.role);
  const invitations = call.ctx.store.invitations.findMany((q) => q.where({ organizationId }));
  return json(withoutCreatorRoleInvitations(invitations, member.role));
};
