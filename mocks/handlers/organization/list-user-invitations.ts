// GET /api/auth/organization/list-user-invitations — pending invitations (expired ones included)
// to the caller's verified email, each with its clinic's name.
import type { OperationHandler } from "../../core/call.ts";
import { failBetterAuth, json } from "../../core/reply.ts";
import { findOrganizationById } from "../../services/organizations.ts";
import { failWithMessage } from "./organization-access.ts";

export const listUserInvitations: OperationHandler = (call) => {
  if (call.url.searchParams.has("email")) failWithMessage(400, "User email cannot be passed for client side API calls.");
  if (call.session !== null && !call.session.user.emailVerified) failBetterAuth(403, "EMAIL_VERIFICATION_REQUIRED_FOR_INVITATION");
  if (call.session === null) failWithMessage(400, "Missing session headers, or email query parameter.");
  const email = call.session.user.email.toLowerCase();
  const pending = call.ctx.store.invitations.findMany((q) => q.where({ email, status: "pending" }));
  return json(pending.map((invitation) => ({ ...invitation, organizationName: findOrganizationById(call.ctx, invitation.organizationId)?.name })));
};
