// ACCOUNT: what a signed-in user does to their own account — update-user, is-username-available,
// delete-user (with the password, or on a session younger than a day).
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { newIdentity } from "#targets/identities";
import { createClinic, defineState, setupRequest } from "#contracts/states/index";
import { sharedState } from "#contracts/states/shared-state";
import { account, expectSessionCookiesExpired, signInElsewhere, storedSession } from "#contracts/states/account";

const DAY_MS = 24 * 60 * 60 * 1000;
// Refused changes and reads share users no check writes to; changes and deletions get accounts of their own.
const readOnlyUser = sharedState("a signed-in user with no clinic, read only");
const readOnlyClinic = sharedState("a clinic with only its owner, read only");

const clinicWithDoctor = defineState("a clinic whose doctor is a second account", async (world) => {
  const owner = await account("owner").build(world);
  const doctor = await account("doctor").build(world);
  const clinic = await createClinic(world, owner);
  const invited = await setupRequest(owner.actor, "/api/auth/organization/invite-member", { json: { email: doctor.identity.email, role: "doctor", organizationId: clinic.id } });
  await setupRequest(doctor.actor, "/api/auth/organization/accept-invitation", { json: { invitationId: bodyOf(invited, "inviteMember", 200).id } });
  return { owner, doctor, clinic };
});

describe("POST /api/auth/update-user", () => {
  const PATH = "/api/auth/update-user";

  check("ACCOUNT-UPDATE-USER-NAME", "changes the name, and get-session shows it at once (both cookies re-issued)", async ({ given }) => {
    const { actor } = await given(account("member"));
    expect(bodyOf(await actor.request(PATH, { json: { name: "Dr. Amina Yusuf-Bello" } }), "updateUser", 200)).toEqual({ status: true });
    const session = bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200);
    expect(session?.user.name).toBe("Dr. Amina Yusuf-Bello");
  });

  check("ACCOUNT-UPDATE-USER-USERNAME", "stores a new username lower-cased and leaves displayUsername as it was", async ({ given }) => {
    const { actor, identity } = await given(account("member"));
    const wanted = `${newIdentity("x").username}_New`;
    bodyOf(await actor.request(PATH, { json: { username: wanted } }), "updateUser", 200);
    const session = bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200);
    expect(session?.user).toMatchObject({ username: wanted.toLowerCase(), displayUsername: identity.username });
  });

  check("ACCOUNT-UPDATE-USER-USERNAME-TAKEN", "answers another user's username with 400 USERNAME_IS_ALREADY_TAKEN", async ({ given }) => {
    const other = await given(readOnlyUser);
    const { actor } = (await given(readOnlyClinic)).owner;
    expectBetterAuthError(await actor.request(PATH, { json: { username: other.identity.username } }), 400, "USERNAME_IS_ALREADY_TAKEN");
  });

  check("ACCOUNT-UPDATE-USER-EMAIL", "refuses an email change with 400 EMAIL_CAN_NOT_BE_UPDATED", async ({ given }) => {
    const { actor } = await given(readOnlyUser);
    expectBetterAuthError(await actor.request(PATH, { json: { email: "t-new-address@example.test" } }), 400, "EMAIL_CAN_NOT_BE_UPDATED");
  });

  check("ACCOUNT-UPDATE-USER-NO-FIELDS", "answers a body with nothing it can change with 400 \"No fields to update\"", async ({ given }) => {
    const { actor } = await given(readOnlyUser);
    expect(bodyOf(await actor.request(PATH, { json: { favouriteColour: "teal" } }), "updateUser", 400)).toEqual({ message: "No fields to update" });
  });
});

describe("POST /api/auth/is-username-available", () => {
  const PATH = "/api/auth/is-username-available";

  check("ACCOUNT-USERNAME-AVAILABLE", "answers false for a taken username in any case, true for a free one", async ({ given, actor }) => {
    const { identity } = await given(readOnlyUser);
    const visitor = actor("visitor");
    expect(bodyOf(await visitor.request(PATH, { json: { username: identity.username.toUpperCase() } }), "isUsernameAvailable", 200)).toEqual({ available: false });
    expect(bodyOf(await visitor.request(PATH, { json: { username: newIdentity("free").username } }), "isUsernameAvailable", 200)).toEqual({ available: true });
  });

  check("ACCOUNT-USERNAME-AVAILABLE-INVALID", "answers a username that cannot be one with 422 INVALID_USERNAME", async ({ actor }) => {
    expectBetterAuthError(await actor("visitor").request(PATH, { json: { username: "no spaces" } }), 422, "INVALID_USERNAME");
  });
});

describe("POST /api/auth/delete-user", () => {
  const PATH = "/api/auth/delete-user";

  check("ACCOUNT-DELETE-USER", "deletes the user with its password: cookies expired, every session ended, sign-in refused", async ({ given, actor, target }) => {
    const created = await given(account("leaver"));
    const phone = await signInElsewhere({ actor }, created, "phone");
    const exchange = await created.actor.request(PATH, { json: { password: created.identity.password } });
    expect(bodyOf(exchange, "deleteUser", 200)).toEqual({ success: true, message: "User deleted" });
    expectSessionCookiesExpired(target, exchange);
    expect(await storedSession(phone)).toBeNull();
    const signIn = await actor("again").request("/api/auth/sign-in/email", { json: { email: created.identity.email, password: created.identity.password } });
    expectBetterAuthError(signIn, 401, "INVALID_EMAIL_OR_PASSWORD");
  });

  check("ACCOUNT-DELETE-USER-MEMBERSHIPS", "removes the deleted user from the clinics it belonged to", async ({ given }) => {
    const { owner, doctor, clinic } = await given(clinicWithDoctor);
    const members = async () => bodyOf(await owner.actor.request(`/api/auth/organization/list-members?organizationId=${clinic.id}`), "listMembers", 200).members.map((member) => member.userId);
    expect(await members()).toContain(doctor.userId);
    bodyOf(await doctor.actor.request(PATH, { json: { password: doctor.identity.password } }), "deleteUser", 200);
    expect(await members()).not.toContain(doctor.userId);
  });

  check("ACCOUNT-DELETE-USER-WRONG-PASSWORD", "answers a wrong password with 400 INVALID_PASSWORD and deletes nothing", async ({ given }) => {
    const { actor } = await given(readOnlyUser);
    expectBetterAuthError(await actor.request(PATH, { json: { password: "not-the-password-at-all" } }), 400, "INVALID_PASSWORD");
    expect(await storedSession(actor)).not.toBeNull();
  });

  check("ACCOUNT-DELETE-USER-FRESH-SESSION", "deletes without a password while the session is younger than a day", async ({ given }) => {
    const { actor } = await given(account("leaver"));
    expect(bodyOf(await actor.request(PATH, { json: {} }), "deleteUser", 200)).toEqual({ success: true, message: "User deleted" });
  });

  check("ACCOUNT-DELETE-USER-STALE-SESSION", "answers no password on a day-old session with 400 SESSION_EXPIRED", async ({ given, target }) => {
    const { actor } = await given(account("member"));
    await target.advanceClock(DAY_MS);
    expectBetterAuthError(await actor.request(PATH, { json: {} }), 400, "SESSION_EXPIRED");
  }, { requires: ["clock"] });
});
