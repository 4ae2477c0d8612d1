// POST /api/auth/organization/update-member-role — member:update (owner or admin), after Better
// Auth's owner protections: only an owner touches an owner or grants the owner role, and the only
// owner may not demote themselves. Takes effect on /api/* at once (temetro reads the row).
import { requireSession } from "../../core/call.ts";
import { failBetterAuth, ReplyError } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { CREATOR_ROLE, findMember, findMemberById, holdsCreatorRole, ownerCount, roleList, setMemberRole, unknownRoles } from "../../services/memberships.ts";
import { findOrganizationById } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";
import { failWithMessage, organizationIdOf, requirePermission } from "./organization-access.ts";

export const updateMemberRole = defineHandler("updateMemberRole", async (call) => {
  const lookup = requireSession(call);
  const { body } = call;
  if (body.role === "") failWithMessage(400);
  const organizationId = organizationIdOf(call);
  if (organizationId === null) failBetterAuth(400, "NO_ACTIVE_ORGANIZATION");
  const roles = roleList(body.role);
  if (roles.length === 0) failWithMessage(400);
  const updater = findMember(call.ctx, organizationId, lookup.user.id);
  if (updater === undefined) failBetterAuth(400, "MEMBER_NOT_FOUND");
  const target = updater.id === body.memberId ? updater : findMemberById(call.ctx, body.memberId);
  if (target === undefined) failBetterAuth(400, "MEMBER_NOT_FOUND");
  if (target.organizationId !== organizationId) failBetterAuth(403, "YOU_ARE_NOT_ALLOWED_TO_UPDATE_THIS_MEMBER");
  const updaterIsOwner = holdsCreatorRole(updater.role);
  const grantsOwner = roles.includes(CREATOR_ROLE);
  if (!updaterIsOwner && (holdsCreatorRole(target.role) || grantsOwner)) failBetterAuth(403, "YOU_ARE_NOT_ALLOWED_TO_UPDATE_THIS_MEMBER");
  if (updaterIsOwner && updater.id === target.id && !grantsOwner && ownerCount(call.ctx, organizationId) <= 1) {
    failBetterAuth(400, "YOU_CANNOT_LEAVE_THE_ORGANIZATION_WITHOUT_AN_OWNER");
  }
  requirePermission(call, updater.role);
  const unknown = unknownRoles(roles);
  if (unknown.length > 0) throw new ReplyError({ status: 400, body: { code: "ROLE_NOT_FOUND", message: `ROLE_NOT_FOUND: ${unknown.join(", ")}` } });
  if (findOrganizationById(call.ctx, organizationId) === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  return respond(call, 200, await setMemberRole(call.ctx, target, roles.join(",")));
});
