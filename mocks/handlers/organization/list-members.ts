// GET /api/auth/organization/list-members — any member lists the clinic's members, oldest first,
// with `limit`/`offset`; `total` counts them all.
import { BARE_500, refusedAsLimit } from "../../core/better-auth-faults.ts";
import { queryParam, requireSession } from "../../core/call.ts";
import { MEMBERSHIP_LIMIT } from "../../core/config.ts";
import { failBetterAuth, ReplyError } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findMember, membersOf, withUser } from "../../services/memberships.ts";
import { findOrganizationBySlug } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";
import { organizationIdOf } from "./organization-access.ts";

export const listMembers = defineHandler("listMembers", (call) => {
  const lookup = requireSession(call);
  let organizationId = organizationIdOf(call);
  const slug = queryParam(call, "organizationSlug");
  if (slug) {
    const organization = findOrganizationBySlug(call.ctx, slug);
    if (organization === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
    organizationId = organization.id;
  }
  if (organizationId === null) failBetterAuth(400, "NO_ACTIVE_ORGANIZATION");
  if (findMember(call.ctx, organizationId, lookup.user.id) === undefined) failBetterAuth(403, "YOU_ARE_NOT_A_MEMBER_OF_THIS_ORGANIZATION");
  const all = membersOf(call.ctx, organizationId);
  const offset = Number(queryParam(call, "offset")) || 0;
  const limit = Number(queryParam(call, "limit")) || MEMBERSHIP_LIMIT;
  // Better Auth hands any number to PostgreSQL, which refuses a negative, fractional or oversized LIMIT/OFFSET (D46).
  if (refusedAsLimit(limit) || refusedAsLimit(offset)) throw new ReplyError(BARE_500);
  return respond(call, 200, { members: all.slice(offset, offset + limit).map((member) => withUser(call.ctx, member)), total: all.length });
});
