// GET /api/auth/organization/get-invitation?id= — a pending invitation addressed to the caller,
// with its clinic's name and slug and the inviter's email (for the accept-invite page).
import { queryParam } from "../../core/call.ts";
import { failBetterAuth, ReplyError } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findUserById } from "../../services/accounts.ts";
import { findInvitation, isExpired } from "../../services/invitations.ts";
import { findMember } from "../../services/memberships.ts";
import { findOrganizationById } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";
import { failWithMessage } from "./organization-access.ts";

export const getInvitation = defineHandler("getInvitation", (call) => {
  const id = queryParam(call, "id");
  // Better Auth validates the query before the route reads the session.
  if (id === null) throw new ReplyError({ status: 400, body: { code: "VALIDATION_ERROR", message: "[query.id] Invalid input: expected string, received undefined" } });
  if (call.session === null) failWithMessage(401, "Not authenticated");
  const invitation = findInvitation(call.ctx, id);
  if (invitation === undefined || invitation.status !== "pending" || isExpired(call.ctx, invitation)) failBetterAuth(400, "INVITATION_NOT_FOUND");
  if (invitation.email.toLowerCase() !== call.session.user.email.toLowerCase()) failBetterAuth(403, "YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION");
  const organization = findOrganizationById(call.ctx, invitation.organizationId);
  if (organization === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  const inviter = findMember(call.ctx, invitation.organizationId, invitation.inviterId);
  const inviterUser = inviter === undefined ? undefined : findUserById(call.ctx, inviter.userId);
  if (inviterUser === undefined) failBetterAuth(400, "INVITER_IS_NO_LONGER_A_MEMBER_OF_THE_ORGANIZATION");
  return respond(call, 200, { ...invitation, organizationName: organization.name, organizationSlug: organization.slug, inviterEmail: inviterUser.email });
});
