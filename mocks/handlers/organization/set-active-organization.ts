// POST /api/auth/organization/set-active — chooses the session's active clinic and re-issues both
// session cookies, so get-session and temetro's /api/* see the change at once.
import { requireSession, type Call, type OperationHandler } from "../../core/call.ts";
import { failBetterAuth, json, type Reply } from "../../core/reply.ts";
import { cookiesForSession, type SessionLookup } from "../../core/sessions.ts";
import { findMember } from "../../services/memberships.ts";
import { findOrganizationById, findOrganizationBySlug, setActiveOrganization as setActive } from "../../services/organizations.ts";
import { parseBody } from "../parse-body.ts";

/** Sets the active clinic on the row and answers `body` with the refreshed cookies (setSessionCookie). */
async function answerWithCookies({ ctx, request }: Call, lookup: SessionLookup, organizationId: string | null, body: unknown): Promise<Reply> {
  const updated = await setActive(ctx, lookup.session.token, organizationId);
  const session = updated ?? { ...lookup.session, activeOrganizationId: organizationId };
  return json(body, 200, { cookies: await cookiesForSession(ctx, session, request.headers, lookup.dontRemember) });
}

export const setActiveOrganization: OperationHandler = async (call) => {
  const lookup = requireSession(call);
  const body = parseBody<"SetActiveOrganizationRequest">(call);
  const current = lookup.session.activeOrganizationId ?? null;
  if (body.organizationId === null) return current === null ? json(null) : answerWithCookies(call, lookup, null, null);
  let organizationId = body.organizationId || undefined;
  if (organizationId === undefined && !body.organizationSlug) {
    // Neither named: the current active clinic is selected again.
    if (current === null) return json(null);
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
  return answerWithCookies(call, lookup, organization.id, organization);
};
