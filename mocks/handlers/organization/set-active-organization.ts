// POST /api/auth/organization/set-active — chooses the session's active clinic and re-issues both
// session cookies, so get-session and temetro's /api/* see the change at once.
import { requireSession } from "../../core/call.ts";
import type { MockContext } from "../../core/context.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { cookiesForSession, type SessionLookup } from "../../core/sessions.ts";
import { respond } from "../../core/typed-reply.ts";
import { findMember } from "../../services/memberships.ts";
import { findOrganizationById, findOrganizationBySlug, setActiveOrganization as setActive } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";
import type { MockRequest } from "../../core/mock-request.ts";

/** Sets the active clinic on the row; the refreshed cookies to answer the request with (setSessionCookie). */
async function activate({ ctx, request }: { ctx: MockContext; request: MockRequest }, lookup: SessionLookup, organizationId: string | null): Promise<string[]> {
  const updated = await setActive(ctx, lookup.session.token, organizationId);
  const session = updated ?? { ...lookup.session, activeOrganizationId: organizationId };
  return cookiesForSession(ctx, session, request.headers, lookup.dontRemember);
}

export const setActiveOrganization = defineHandler("setActiveOrganization", async (call) => {
  const lookup = requireSession(call);
  const { body } = call;
  const current = lookup.session.activeOrganizationId ?? null;
  if (body.organizationId === null) return current === null ? respond(call, 200, null) : respond(call, 200, null, { cookies: await activate(call, lookup, null) });
  let organizationId = body.organizationId || undefined;
  if (organizationId === undefined && !body.organizationSlug) {
    // Neither named: the current active clinic is selected again.
    if (current === null) return respond(call, 200, null);
    organizationId = current;
  }
  if (organizationId === undefined) {
    const bySlug = findOrganizationBySlug(call.ctx, body.organizationSlug ?? "");
    if (bySlug === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
    organizationId = bySlug.id;
  }
  if (findMember(call.ctx, organizationId, lookup.user.id) === undefined) {
    // Better Auth clears the active clinic on the row (not in the cookie) before refusing.
    await setActive(call.ctx, lookup.session.token, null);
    failBetterAuth(403, "USER_IS_NOT_A_MEMBER_OF_THE_ORGANIZATION");
  }
  const organization = findOrganizationById(call.ctx, organizationId);
  if (organization === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  return respond(call, 200, organization, { cookies: await activate(call, lookup, organization.id) });
});
