// GET /api/auth/organization/list-user-invitations — pending invitations (expired ones included)
// to the caller's verified email, each with its clinic's name.
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { pendingInvitationsTo } from "../../services/invitations.ts";
import { defineHandler } from "../define-handler.ts";
import { failWithMessage } from "./organization-access.ts";

export const listUserInvitations = defineHandler("listUserInvitations", (call) => {
  if (call.url.searchParams.has("email")) failWithMessage(400, "User email cannot be passed for client side API calls.");
  if (call.session !== null && !call.session.user.emailVerified) failBetterAuth(403, "EMAIL_VERIFICATION_REQUIRED_FOR_INVITATION");
  if (call.session === null) failWithMessage(400, "Missing session headers, or email query parameter.");
  const email = call.session.user.email.toLowerCase();
  return respond(call, 200, pendingInvitationsTo(call.ctx, email));
});
