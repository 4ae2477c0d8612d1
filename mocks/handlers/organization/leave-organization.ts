// POST /api/auth/organization/leave — the caller leaves a clinic (never its only owner) and, if it
// was active, the session row loses its active clinic.
import { requireSession } from "../../core/call.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findMember, holdsCreatorRole, ownerCount, removeMember, withUser } from "../../services/memberships.ts";
import { setActiveOrganization } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";

export const leaveOrganization = defineHandler("leaveOrganization", async (call) => {
  const lookup = requireSession(call);
  const { organizationId } = call.body;
  const member = findMember(call.ctx, organizationId, lookup.user.id);
  if (member === undefined) failBetterAuth(400, "MEMBER_NOT_FOUND");
  if (holdsCreatorRole(member.role) && ownerCount(call.ctx, organizationId) <= 1) failBetterAuth(400, "YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER");
  const answered = withUser(call.ctx, member);
  removeMember(call.ctx, member);
  if (lookup.session.activeOrganizationId === organizationId) await setActiveOrganization(call.ctx, lookup.session.token, null);
  return respond(call, 200, answered);
});
