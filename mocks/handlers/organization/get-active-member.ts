// GET /api/auth/organization/get-active-member — the caller's member row in the active clinic, as
// the session (cookie cache included) names it.
import { requireSession } from "../../core/call.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findMember, withUser } from "../../services/memberships.ts";
import { defineHandler } from "../define-handler.ts";

export const getActiveMember = defineHandler("getActiveMember", (call) => {
  const lookup = requireSession(call);
  const organizationId = lookup.session.activeOrganizationId;
  if (!organizationId) failBetterAuth(400, "NO_ACTIVE_ORGANIZATION");
  const member = findMember(call.ctx, organizationId, lookup.user.id);
  if (member === undefined) failBetterAuth(400, "MEMBER_NOT_FOUND");
  return respond(call, 200, withUser(call.ctx, member));
});
