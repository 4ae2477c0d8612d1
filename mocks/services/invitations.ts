// Invitations into a clinic: created pending for 7 days by the mock clock, emailed to the outbox as
// the reference's test mailbox records them, and moved to accepted, rejected or canceled.
import type { components } from "#openapi";
import { isoNow } from "../core/clock.ts";
import { INVITATION_EXPIRES_IN_S } from "../core/config.ts";
import type { MockContext } from "../core/context.ts";
import { generateId } from "../core/ids.ts";
import type { InvitationRecord, OrganizationRecord } from "../core/store.ts";
import { CREATOR_ROLE, holdsCreatorRole, roleList } from "./memberships.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

export type InvitationStatus = components["schemas"]["InvitationStatus"];

/** Better Auth's invitationLimit default: pending invitations a clinic may have at once. */
export const INVITATION_LIMIT = 100;

/** The invitation with this id, whatever its status. */
export const findInvitation = (ctx: MockContext, id: string): InvitationRecord | undefined => ctx.store.invitations.findFirst(fieldsEqual({ id }));

/** Whether an invitation's 7 days are over, by the mock clock. */
export const isExpired = (ctx: MockContext, invitation: InvitationRecord): boolean => Date.parse(invitation.expiresAt) < ctx.clock.now();

/** Every invitation of a clinic, whatever its status. */
export const invitationsOf = (ctx: MockContext, organizationId: string): InvitationRecord[] => ctx.store.invitations.findMany(fieldsEqual({ organizationId }));

/** Invitations still pending (expired ones included) to an email, each with its clinic's name, as Better Auth's listUserInvitations. */
export function pendingInvitationsTo(ctx: MockContext, email: string): Array<InvitationRecord & { organizationName: string }> {
  // A clinic's deletion takes its invitations along, so every invitation has its clinic.
  return ctx.store.invitations
    .findMany(fieldsEqual({ email, status: "pending" }))
    .map((invitation) => ({ ...invitation, organizationName: ctx.store.organizations.findFirst(fieldsEqual({ id: invitation.organizationId }), { strict: true }).name }));
}

/** Pending, unexpired invitations of a clinic (to one email when given), as Better Auth's findPendingInvitation(s). */
export function pendingInvitations(ctx: MockContext, organizationId: string, email?: string): InvitationRecord[] {
  const wanted = email?.toLowerCase();
  return ctx.store.invitations
    .findMany(fieldsEqual({ organizationId, status: "pending" }))
    .filter((invitation) => (wanted === undefined || invitation.email === wanted) && !isExpired(ctx, invitation));
}

/** Creates a pending invitation that expires in 7 days. */
export function createInvitation(ctx: MockContext, input: { organizationId: string; email: string; role: string; inviterId: string }): Promise<InvitationRecord> {
  return ctx.store.invitations.create({
    id: generateId(),
    organizationId: input.organizationId,
    email: input.email.toLowerCase(),
    role: input.role,
    status: "pending",
    inviterId: input.inviterId,
    expiresAt: isoNow(ctx.clock, INVITATION_EXPIRES_IN_S * 1000),
    createdAt: isoNow(ctx.clock),
  });
}

/** Gives a pending invitation another 7 days (invite-member with `resend`). */
export async function extendInvitation(ctx: MockContext, invitation: InvitationRecord): Promise<InvitationRecord> {
  const updated = await ctx.store.invitations.update(fieldsEqual({ id: invitation.id }), {
    data(draft) {
      draft.expiresAt = isoNow(ctx.clock, INVITATION_EXPIRES_IN_S * 1000);
    },
  });
  return updated ?? invitation;
}

/** Moves an invitation to a status. */
export async function setInvitationStatus(ctx: MockContext, invitation: InvitationRecord, status: InvitationStatus): Promise<InvitationRecord> {
  const updated = await ctx.store.invitations.update(fieldsEqual({ id: invitation.id }), {
    data(draft) {
      draft.status = status;
    },
  });
  return updated ?? invitation;
}

/** Emails the invitation link, as temetro's sendInvitationEmail does (the token is the invitation id). */
export function sendInvitationEmail(ctx: MockContext, invitation: InvitationRecord, organization: OrganizationRecord): void {
  ctx.outbox.send({
    to: invitation.email,
    kind: "invitation",
    subject: `You're invited to join ${organization.name} on temetro`,
    url: `${ctx.config.frontendUrl}/accept-invite?id=${invitation.id}`,
    token: invitation.id,
  });
}

/** Drops invitations granting the creator role unless the viewer holds it (Better Auth's withoutCreatorRoleInvitations). */
export function withoutCreatorRoleInvitations(invitations: InvitationRecord[], viewerRole: string): InvitationRecord[] {
  if (holdsCreatorRole(viewerRole)) return invitations;
  return invitations.filter((invitation) => !roleList(invitation.role).includes(CREATOR_ROLE));
}
