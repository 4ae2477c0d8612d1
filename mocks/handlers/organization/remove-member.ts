// POST /api/auth/organization/remove-member — member:delete (owner or admin); without it Better
// Auth answers 401, not 403. Owner protections come first: only an owner removes an owner, and
// never the last one.
import { requireSession } from "../../core/call.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findMember, findMemberByEmail, findMemberById, holdsCreatorRole, ownerCount, removeMember as remove, withUser } from "../../services/memberships.ts";
import { findOrganizationById, setActiveOrganization } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";
import { organizationIdOf, requirePermission } from "./organization-access.ts";

export const removeMember = defineHandler("removeMember", async (call) => {
  const lookup = requireSession(call);
  const { memberIdOrEmail } = call.body;
  const organizationId = organizationIdOf(call);
  if (organizationId === null) failBetterAuth(400, "NO_ACTIVE_ORGANIZATION");
  const remover = findMember(call.ctx, organizationId, lookup.user.id);
  if (remover === undefined) failBetterAuth(400, "MEMBER_NOT_FOUND");
  // An email is looked up in this clinic (and answered with its user); an id in any clinic.
  const byEmail = memberIdOrEmail.includes("@");
  const target = byEmail ? findMemberByEmail(call.ctx, organizationId, memberIdOrEmail) : findMemberById(call.ctx, memberIdOrEmail);
  if (target === undefined) failBetterAuth(400, "MEMBER_NOT_FOUND");
  if (holdsCreatorRole(target.role) && (!holdsCreatorRole(remover.role) || ownerCount(call.ctx, organizationId) <= 1)) {
    failBetterAuth(400, "YOU_CANNOT_LEAVE_THE_ORGANIZATION_AS_THE_ONLY_OWNER");
  }
  requirePermission(call, remover.role);
  if (target.organizationId !== organizationId) failBetterAuth(400, "MEMBER_NOT_FOUND");
  if (findOrganizationById(call.ctx, organizationId) === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  const answered = byEmail ? withUser(call.ctx, target) : target;
  remove(call.ctx, target);
  if (target.userId === lookup.user.id && lookup.session.activeOrganizationId === target.organizationId) {
    await setActiveOrganization(call.ctx, lookup.session.token, null);
  }
  return respond(call, 200, { member: answered });
});
