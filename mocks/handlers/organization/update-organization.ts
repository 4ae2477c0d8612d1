// POST /api/auth/organization/update — rename a clinic or change its slug, logo or metadata
// (organization:update, owner or admin), in Better Auth's order of checks.
import { failBetterAuth, ReplyError } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findMember } from "../../services/memberships.ts";
import { findOrganizationById, findOrganizationBySlug, updateOrganization as update, withParsedMetadata } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";
import { failWithMessage, organizationIdOf, requirePermission } from "./organization-access.ts";

export const updateOrganization = defineHandler("updateOrganization", async (call) => {
  if (call.session === null) failWithMessage(401, "User not found");
  const { data } = call.body;
  const organizationId = organizationIdOf(call);
  if (organizationId === null) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  const member = findMember(call.ctx, organizationId, call.session.user.id);
  if (member === undefined) failBetterAuth(400, "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION");
  requirePermission(call, member.role);
  if (typeof data.slug === "string" && (findOrganizationBySlug(call.ctx, data.slug)?.id ?? organizationId) !== organizationId) {
    failBetterAuth(400, "ORGANIZATION_SLUG_ALREADY_TAKEN");
  }
  // Better Auth 1.7 issues an UPDATE with no columns for an empty `data` and fails with a bare 500
  // (reproduced: D29). Thrown, not returned: no response of the spec describes it.
  const changes = { name: data.name, slug: data.slug, logo: data.logo, metadata: data.metadata };
  if (Object.values(changes).every((value) => value === undefined)) throw new ReplyError({ status: 500 });
  const organization = findOrganizationById(call.ctx, organizationId);
  if (organization === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  return respond(call, 200, withParsedMetadata(await update(call.ctx, organization, changes)));
});
