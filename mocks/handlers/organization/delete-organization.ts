// POST /api/auth/organization/delete — owner only (organization:delete); takes the clinic's members
// and invitations with it and clears the caller's active clinic on the session row.
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findMember } from "../../services/memberships.ts";
import { deleteOrganization as remove, findOrganizationById, setActiveOrganization } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";
import { failWithMessage, requirePermission } from "./organization-access.ts";

export const deleteOrganization = defineHandler("deleteOrganization", async (call) => {
  if (call.session === null) failWithMessage(401);
  const { organizationId } = call.body;
  if (organizationId === "") failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  const member = findMember(call.ctx, organizationId, call.session.user.id);
  if (member === undefined) failBetterAuth(400, "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION");
  requirePermission(call, member.role);
  const organization = findOrganizationById(call.ctx, organizationId);
  if (organization === undefined) failWithMessage(400);
  remove(call.ctx, organizationId);
  if (call.session.session.activeOrganizationId === organizationId) await setActiveOrganization(call.ctx, call.session.session.token, null);
  return respond(call, 200, organization);
});
