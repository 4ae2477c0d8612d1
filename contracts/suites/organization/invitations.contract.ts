// ORG: inviting people into a clinic (who may invite with which role, duplicates, resend, the
// emailed link), and the invitee's side: get, accept, reject; the clinic's side: cancel, list.
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { newIdentity } from "#targets/identities";
import { sharedState } from "#contracts/states/shared-state";
import { clinicWithInvitee, invite, inviteeOfItsOwn, memberOf } from "./org-states.ts";

// Reads and refusals share clinics and a user no check writes to; checks that only add an
// invitation of their own (or an invitee of their own) share the run's workbench; the others get
// states of their own.
const readOnlyTeam = sharedState("a clinic with one member per role, read only");
const readOnlyClinic = sharedState("a clinic with only its owner, read only");
const readOnlyUser = sharedState("a signed-in user with no clinic, read only");
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");

const DAY_MS = 24 * 60 * 60 * 1000;
const inviteBody = (email: string, role: string | string[], extra: Record<string, unknown> = {}) => ({ json: { email, role, ...extra } });

describe("POST /api/auth/organization/invite-member", () => {
  check("ORG-INVITE-PENDING-7-DAYS", "answers a pending invitation, lower-cased, that expires 7 days after it was sent", async ({ given }) => {
    const { owner, clinic } = await given(workbench);
    const email = newIdentity("invitee").email;
    const body = bodyOf(await owner.actor.request("/api/auth/organization/invite-member", inviteBody(email.toUpperCase(), "doctor")), "inviteMember", 200);
    expect(body).toMatchObject({ email, role: "doctor", status: "pending", organizationId: clinic.id, inviterId: owner.userId });
    const lifetime = Date.parse(body.expiresAt) - Date.parse(body.createdAt ?? body.expiresAt);
    expect(Math.abs(lifetime - 7 * DAY_MS)).toBeLessThan(5_000);
  });

  check("ORG-INVITE-EMAIL", "emails a link to the frontend's accept-invite page carrying the invitation id", async ({ given, target }) => {
    const { owner } = await given(workbench);
    const email = newIdentity("invitee").email;
    const { id } = bodyOf(await owner.actor.request("/api/auth/organization/invite-member", inviteBody(email, "reception")), "inviteMember", 200);
    const mails = (await target.mailbox(email)).filter((mail) => mail.kind === "invitation");
    expect(mails).toEqual([expect.objectContaining({ to: email, url: `${target.frontendOrigin}/accept-invite?id=${id}`, token: id })]);
  }, { requires: ["mailbox"] });

  check("ORG-INVITE-OWNER-BY-ADMIN", "refuses an admin inviting with role owner: 403 YOU_ARE_NOT_ALLOWED_TO_INVITE_USER_WITH_THIS_ROLE", async ({ given }) => {
    const state = await given(readOnlyTeam);
    const exchange = await memberOf(state, "admin").actor.request("/api/auth/organization/invite-member", inviteBody(newIdentity("boss").email, "owner"));
    expectBetterAuthError(exchange, 403, "YOU_ARE_NOT_ALLOWED_TO_INVITE_USER_WITH_THIS_ROLE");
  });

  check("ORG-INVITE-OWNER-BY-OWNER", "lets the owner invite a second owner", async ({ given }) => {
    const { owner } = await given(workbench);
    const body = bodyOf(await owner.actor.request("/api/auth/organization/invite-member", inviteBody(newIdentity("co-owner").email, "owner")), "inviteMember", 200);
    expect(body.role).toBe("owner");
  });

  check("ORG-INVITE-UNKNOWN-ROLE", 'answers an unknown role with 400 {"message":"ROLE_NOT_FOUND: <role>"} and no code', async ({ given }) => {
    const { owner } = await given(readOnlyClinic);
    const exchange = await owner.actor.request("/api/auth/organization/invite-member", inviteBody(newIdentity("x").email, "superuser"));
    expect(exchange.status).toBe(400);
    expect(exchange.body).toEqual({ message: "ROLE_NOT_FOUND: superuser" });
  });

  check("ORG-INVITE-SEVERAL-ROLES", "stores a list of roles comma-joined", async ({ given }) => {
    const { owner } = await given(workbench);
    const body = bodyOf(await owner.actor.request("/api/auth/organization/invite-member", inviteBody(newIdentity("x").email, ["doctor", "lab"])), "inviteMember", 200);
    expect(body.role).toBe("doctor,lab");
  });

  check("ORG-INVITE-ALREADY-MEMBER", "answers a member's email with 400 USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION", async ({ given }) => {
    const state = await given(readOnlyTeam);
    const exchange = await state.owner.actor.request("/api/auth/organization/invite-member", inviteBody(memberOf(state, "doctor").identity.email, "lab"));
    expectBetterAuthError(exchange, 400, "USER_IS_ALREADY_A_MEMBER_OF_THIS_ORGANIZATION");
  });

  check("ORG-INVITE-ALREADY-INVITED", "answers a pending invitation's email with 400, and resends it with resend: true", async ({ given }) => {
    const { owner, clinic } = await given(workbench);
    const first = await invite(owner.actor, clinic.id, "lab");
    expectBetterAuthError(await owner.actor.request("/api/auth/organization/invite-member", inviteBody(first.email, "lab")), 400, "USER_IS_ALREADY_INVITED_TO_THIS_ORGANIZATION");
    const resent = bodyOf(await owner.actor.request("/api/auth/organization/invite-member", inviteBody(first.email, "doctor", { resend: true })), "inviteMember", 200);
    expect(resent).toMatchObject({ id: first.id, role: "lab", status: "pending" });
    expect(Date.parse(resent.expiresAt)).toBeGreaterThanOrEqual(Date.parse(first.expiresAt));
  });

  check("ORG-INVITE-BY-DOCTOR", "refuses a doctor with 403 YOU_ARE_NOT_ALLOWED_TO_INVITE_USERS_TO_THIS_ORGANIZATION", async ({ given }) => {
    const state = await given(readOnlyTeam);
    const exchange = await memberOf(state, "doctor").actor.request("/api/auth/organization/invite-member", inviteBody(newIdentity("x").email, "lab"));
    expectBetterAuthError(exchange, 403, "YOU_ARE_NOT_ALLOWED_TO_INVITE_USERS_TO_THIS_ORGANIZATION");
  });
});

describe("GET /api/auth/organization/get-invitation", () => {
  check("ORG-GET-INVITATION", "answers the invitee with the clinic's name and slug and the inviter's email; anyone else 403", async ({ given }) => {
    const bench = await given(workbench);
    const { owner, clinic } = bench;
    const { user, invitation } = await given(inviteeOfItsOwn(bench, "doctor"));
    const body = bodyOf(await user.actor.request(`/api/auth/organization/get-invitation?id=${invitation.id}`), "getInvitation", 200);
    expect(body).toMatchObject({ id: invitation.id, organizationName: clinic.name, organizationSlug: clinic.slug, inviterEmail: owner.identity.email });
    const stranger = await given(readOnlyUser);
    expectBetterAuthError(await stranger.actor.request(`/api/auth/organization/get-invitation?id=${invitation.id}`), 403, "YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION");
  });
});

describe("POST /api/auth/organization/accept-invitation", () => {
  check("ORG-ACCEPT-NOT-RECIPIENT", "refuses someone else's invitation with 403 YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION", async ({ given }) => {
    const { invitation } = await given(inviteeOfItsOwn(await given(workbench), "doctor"));
    const stranger = await given(readOnlyUser);
    expectBetterAuthError(await stranger.actor.request("/api/auth/organization/accept-invitation", { json: { invitationId: invitation.id } }), 403, "YOU_ARE_NOT_THE_RECIPIENT_OF_THE_INVITATION");
  });

  check("ORG-ACCEPT-CANCELED", "answers a canceled invitation with 400 INVITATION_NOT_FOUND", async ({ given }) => {
    const bench = await given(workbench);
    const { owner } = bench;
    const { user, invitation } = await given(inviteeOfItsOwn(bench, "reception"));
    const canceled = bodyOf(await owner.actor.request("/api/auth/organization/cancel-invitation", { json: { invitationId: invitation.id } }), "cancelInvitation", 200);
    expect(canceled).toMatchObject({ id: invitation.id, status: "canceled" });
    expectBetterAuthError(await user.actor.request("/api/auth/organization/accept-invitation", { json: { invitationId: invitation.id } }), 400, "INVITATION_NOT_FOUND");
  });

  check("ORG-INVITATION-EXPIRES", "answers an invitation older than 7 days with 400 INVITATION_NOT_FOUND", async ({ given, target }) => {
    const { owner, user, invitation } = await given(clinicWithInvitee("lab"));
    // Sessions last 7 days too: both refresh (once a day) before the invitation runs out.
    await target.advanceClock(6 * DAY_MS);
    for (const actor of [owner.actor, user.actor]) await actor.request("/api/auth/get-session");
    await target.advanceClock(DAY_MS + 60_000);
    expectBetterAuthError(await user.actor.request(`/api/auth/organization/get-invitation?id=${invitation.id}`), 400, "INVITATION_NOT_FOUND");
    expectBetterAuthError(await user.actor.request("/api/auth/organization/accept-invitation", { json: { invitationId: invitation.id } }), 400, "INVITATION_NOT_FOUND");
  }, { requires: ["clock"] });
});

describe("POST /api/auth/organization/reject-invitation", () => {
  check("ORG-REJECT", "marks the invitation rejected with member null; a second reject is 400 INVITATION_NOT_FOUND", async ({ given }) => {
    const { user, invitation } = await given(inviteeOfItsOwn(await given(workbench), "pharmacy"));
    const body = bodyOf(await user.actor.request("/api/auth/organization/reject-invitation", { json: { invitationId: invitation.id } }), "rejectInvitation", 200);
    expect(body).toMatchObject({ invitation: { id: invitation.id, status: "rejected" }, member: null });
    const again = await user.actor.request("/api/auth/organization/reject-invitation", { json: { invitationId: invitation.id } });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ code: "INVITATION_NOT_FOUND" });
  });
});

describe("GET /api/auth/organization/list-user-invitations", () => {
  check("ORG-LIST-USER-INVITATIONS-UNVERIFIED", "refuses a caller whose email is not verified: 403 EMAIL_VERIFICATION_REQUIRED_FOR_INVITATION", async ({ given }) => {
    const { user } = await given(inviteeOfItsOwn(await given(workbench), "doctor"));
    expectBetterAuthError(await user.actor.request("/api/auth/organization/list-user-invitations"), 403, "EMAIL_VERIFICATION_REQUIRED_FOR_INVITATION");
  });
});
