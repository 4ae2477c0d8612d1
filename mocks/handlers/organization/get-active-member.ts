// GET /api/auth/organization/get-active-member — the caller's member row in the active clinic, as
// the session (cookie cache included) names it.
import { requireSession, type OperationHandler } from "../../core/call.ts";
import { failBetterAuth, json } from "../../core/reply.ts";
import { findMember, withUser } from "../../services/memberships.ts";

export const getActiveMember: OperationHandler = (call) => {
  const lookup = requireSession(call);
  const organizationId = lookup.session.activeOrganizationId;
  if (!organizationId) failBetterAuth(400, "NO_ACTIVE_ORGANIZATION");
  const member = findMember(call.ctx, organizationId, lookup.user.id);
  if (member === undefined) failBetterAuth(400, "MEMBER_NOT_FOUND");
  return json(withUser(call.ctx, member));
};
