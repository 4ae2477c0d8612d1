// STAFF: admin-provisioned username accounts (D13, the placeholder email, sign-in by username, no
// HTTP rate limit), the staff and provider lists, specialties (D12) and admin-set passwords (D20).
import { describe, expect } from "vitest";
import { betterAuthError, temetroError } from "#openapi";
import { bodyOf, expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { newIdentity } from "#targets/identities";
import { memberOfItsOwn } from "#contracts/states/member-of-its-own";
import { sharedState } from "#contracts/states/shared-state";
import { clinicWith, memberOf } from "#contracts/states/staffed-clinic";
import { provisionedStaff, signInByUsername } from "#contracts/states/staff-account";

const withAdmin = clinicWith(["admin"]);
// Checks that provision accounts of their own (each deleted after its check) and read back only
// those share the run's workbench, as does the specialty check with a doctor of its own; the
// provider list is read from a clinic no check writes to. The member list and the owner's password
// get clinics of their own.
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");
const readOnlyTeam = sharedState("a clinic with one member per role, read only");

describe("POST /api/staff", () => {
  check("STAFF-D13-CREATED-ACCOUNT", "answers 201 with exactly the account: lower-cased username, the clinic's placeholder email (D13)", async ({ given }) => {
    const state = await given(workbench);
    const { exchange, credentials } = await given(provisionedStaff(memberOf(state, "admin").actor, { name: "  Grace Mensah ", role: "pharmacy" }));
    const account = bodyOf(exchange, "createStaff", 201);
    expect(Object.keys(account).sort()).toEqual(["email", "name", "role", "userId", "username"]);
    expect(account).toMatchObject({ name: "Grace Mensah", role: "pharmacy", username: credentials.username, email: `${credentials.username}@${state.clinic.slug}.temetro.local` });
  });

  check("STAFF-SIGN-IN-BY-USERNAME", "lets the new member sign in by username and land in the clinic with the role", async ({ given, target }) => {
    const state = await given(workbench);
    const { credentials } = await given(provisionedStaff(memberOf(state, "owner").actor, { role: "lab" }));
    const staff = await signInByUsername({ target }, credentials, "provisioned lab");
    const session = bodyOf(await staff.request("/api/auth/get-session"), "getSession", 200);
    expect(session?.session.activeOrganizationId).toBe(state.clinic.id);
    expect((await staff.request("/api/tasks")).status).toBe(200);
    expectTemetroError(await staff.request("/api/staff"), 403, temetroError("PERMISSION_DENIED").body.error);
  });

  check("STAFF-CREATE-WITH-EMAIL", "keeps a given email, which then signs in too", async ({ given, target }) => {
    const state = await given(workbench);
    const email = newIdentity("staff").email;
    const { exchange, credentials } = await given(provisionedStaff(memberOf(state, "admin").actor, { email }));
    expect(bodyOf(exchange, "createStaff", 201).email).toBe(email);
    const byEmail = await target.actor("staff by email").request("/api/auth/sign-in/email", { json: { email, password: credentials.password } });
    expect(byEmail.status).toBe(200);
  });

  check("STAFF-CREATE-NOT-RATE-LIMITED", "creates accounts server-side: four in a row from one client are not limited by sign-up's 3 per 60 s", async ({ given }) => {
    const admin = memberOf(await given(workbench), "admin").actor;
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect((await given(provisionedStaff(admin))).exchange.status, `provisioning #${attempt}`).toBe(201);
    }
  });

  check("STAFF-CREATE-USERNAME-TAKEN", "answers 400 with Better Auth's message for a taken username", async ({ given }) => {
    const admin = memberOf(await given(workbench), "admin").actor;
    const { credentials } = await given(provisionedStaff(admin));
    const again = await given(provisionedStaff(admin, { username: credentials.username.toUpperCase() }));
    expectTemetroError(again.exchange, 400, betterAuthError("USERNAME_IS_ALREADY_TAKEN").message);
  });

  check("STAFF-CREATE-EMAIL-TAKEN", "answers 400 with Better Auth's message for a taken email", async ({ given }) => {
    const state = await given(workbench);
    const taken = await given(provisionedStaff(memberOf(state, "admin").actor, { email: memberOf(state, "owner").identity.email }));
    expectTemetroError(taken.exchange, 400, betterAuthError("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL").message);
  });

  check("STAFF-CREATE-BAD-USERNAME", "refuses a username with other characters than letters, digits, dots and underscores", async ({ given }) => {
    const refused = await given(provisionedStaff(memberOf(await given(workbench), "admin").actor, { username: "front desk" }));
    expectTemetroError(refused.exchange, 400, temetroError("VALIDATION_FAILED").body.error);
    expect(refused.exchange.body).toMatchObject({ details: [{ path: ["username"], message: "Username may only contain letters, numbers, dots and underscores." }] });
  });

  check("STAFF-CREATE-OWNER-NOT-PROVISIONABLE", "refuses the owner and member roles (only admin, doctor, reception, pharmacy and lab)", async ({ given }) => {
    const admin = memberOf(await given(workbench), "admin").actor;
    for (const role of ["owner", "member"]) expectTemetroError((await given(provisionedStaff(admin, { role }))).exchange, 400, temetroError("VALIDATION_FAILED").body.error);
  });
});

describe("GET /api/staff", () => {
  check("STAFF-LIST-MEMBERS", "lists every member by name with member id, email, username and specialty", async ({ given }) => {
    const state = await given(withAdmin);
    const { account } = await given(provisionedStaff(memberOf(state, "owner").actor, { name: "Aaron Abara" }));
    const rows = bodyOf(await memberOf(state, "admin").actor.request("/api/staff"), "listStaff", 200);
    expect(rows.map((row) => row.name)).toEqual(["Aaron Abara", "Contract admin", "Contract owner"]);
    expect(rows[0]).toMatchObject({ userId: account?.userId, role: "reception", username: account?.username, specialty: null });
    const owner = memberOf(state, "owner");
    expect(rows[2]).toMatchObject({ userId: owner.userId, email: owner.identity.email, username: owner.identity.username.toLowerCase(), role: "owner", specialty: null });
  });
});

describe("GET /api/staff/providers", () => {
  check("STAFF-PROVIDERS", "lists to any member, by name, the members whose role is owner, admin, doctor or member", async ({ given }) => {
    const state = await given(readOnlyTeam);
    const rows = bodyOf(await memberOf(state, "lab").actor.request("/api/staff/providers"), "listProviders", 200);
    expect(rows.map((row) => row.role)).toEqual(["admin", "doctor", "member", "owner"]);
    expect(rows.map((row) => row.userId)).toEqual(["admin", "doctor", "member", "owner"].map((role) => memberOf(state, role).userId));
  });
});

describe("PATCH /api/staff/{userId}", () => {
  check("STAFF-D12-ANY-SPECIALTY", "stores any text up to 60 characters, trimmed, shown to providers' readers; blank clears it (D12)", async ({ given }) => {
    const state = await given(workbench);
    const owner = memberOf(state, "owner").actor;
    const doctorId = (await given(memberOfItsOwn(state.clinic, memberOf(state, "owner"), "doctor"))).userId;
    const specialty = "Tropical medicine & travel clinic (not a curated key)";
    const set = bodyOf(await owner.request(`/api/staff/${doctorId}`, { method: "PATCH", json: { specialty: `  ${specialty}  ` } }), "updateStaffSpecialty", 200);
    expect(set).toEqual({ userId: doctorId, specialty });
    const providers = bodyOf(await memberOf(state, "reception").actor.request("/api/staff/providers"), "listProviders", 200);
    expect(providers.find((row) => row.userId === doctorId)?.specialty).toBe(specialty);
    const cleared = bodyOf(await owner.request(`/api/staff/${doctorId}`, { method: "PATCH", json: { specialty: "   " } }), "updateStaffSpecialty", 200);
    expect(cleared.specialty).toBeNull();
    expectTemetroError(await owner.request(`/api/staff/${doctorId}`, { method: "PATCH", json: { specialty: "x".repeat(61) } }), 400, temetroError("VALIDATION_FAILED").body.error);
  });
});

describe("PATCH /api/staff/{userId}/password", () => {
  check("STAFF-PASSWORD-SET", "sets a member's password: the new one signs in, the old one no longer does", async ({ given, target }) => {
    const state = await given(workbench);
    const attempt = await given(provisionedStaff(memberOf(state, "admin").actor));
    const newPassword = `${attempt.credentials.password}-reset`;
    const set = await memberOf(state, "admin").actor.request(`/api/staff/${attempt.account?.userId}/password`, { method: "PATCH", json: { newPassword } });
    expect(bodyOf(set, "setStaffPassword", 200)).toEqual({ ok: true });
    const old = await target.actor("old password").request("/api/auth/sign-in/username", { json: attempt.credentials });
    attempt.credentials.password = newPassword;
    expect(old.status).toBe(401);
    await signInByUsername({ target }, attempt.credentials, "new password");
    expectTemetroError(await memberOf(state, "admin").actor.request(`/api/staff/${attempt.account?.userId}/password`, { method: "PATCH", json: { newPassword: "short" } }), 400, temetroError("VALIDATION_FAILED").body.error);
  });

  check("STAFF-D20-ADMIN-SETS-OWNER-PASSWORD", "lets an admin set the owner's password and keeps the owner's sessions (D20; advisory)", async ({ given, target, advise }) => {
    const state = await given(withAdmin);
    const owner = memberOf(state, "owner");
    const admin = memberOf(state, "admin").actor;
    const chosen = `${owner.identity.password}-by-admin`;
    expect(bodyOf(await admin.request(`/api/staff/${owner.userId}/password`, { method: "PATCH", json: { newPassword: chosen } }), "setStaffPassword", 200)).toEqual({ ok: true });
    const signedIn = await target.actor("owner with the admin's password").request("/api/auth/sign-in/email", { json: { email: owner.identity.email, password: chosen } });
    // Put the owner's own password back, so the state's cleanup still signs in with it.
    await admin.request(`/api/staff/${owner.userId}/password`, { method: "PATCH", json: { newPassword: owner.identity.password } });
    expect(signedIn.status, "sign-in with the password the admin chose").toBe(200);
    expect((await owner.actor.request("/api/auth/get-session?disableCookieCache=true")).body, "the owner's session, read from the database").not.toBeNull();
    expect((await owner.actor.request("/api/tasks")).status).toBe(200);
    advise("SEC-STAFF-ADMIN-SETS-OWNER-PASSWORD", "high",
      "An admin can set the owner's password (PATCH /api/staff/{userId}/password has no role hierarchy), and the member's existing sessions are not revoked: whoever held them stays signed in (D20).",
      "Give the admin role only to people trusted with the owner's account, and watch for owner password changes; in temetro, refuse the owner as a target of PATCH /api/staff/{userId}/password and revoke the member's sessions when it succeeds.");
  });
});
