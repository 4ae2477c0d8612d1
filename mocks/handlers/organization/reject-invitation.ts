// POST /api/auth/organization/reject-invitation — the recipient declines; expiry is not checked,
// and a missing or settled invitation is "Invitation not found!" (Better Auth's own wording here).
import { requireSession } from "../../core/call.ts";
import { failBetterAuth, ReplyError } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findInvitation, setInvitationStatus } from "../../services/invitations.ts";
import { findOrganizationById } from "../../services/organizations.ts";
import { defineHandler } from "../define-handler.ts";

export const rejectInvitation = defineHandler("rejectInvitation", async (call) => {
  const lookup = requireSession(call);
  const { invitationId } = call.body;
  const invitation = findInvitation(call.ctx, invitationId);
  if (invitation === undefined || invitation.status !== "pending") {
    throw new ReplyError({ status: 400, body: { code: "INVITATION_NOT_FOUND", message: "Invitation not found!" } });
  }
  if (invitation.email.toLowerCase() !== lookup.user.email.toLowerCase()) failBetterAuth(403, "YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION");
  if (findOrganizationById(call.ctx, invitation.organizationId) === undefined) failBetterAuth(400, "ORGANIZATION_NOT_FOUND");
  return respond(call, 200, { invitation: await setInvitationStatus(call.ctx, invitation, "rejected"), member: null });
});
