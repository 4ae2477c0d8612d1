// "A clinic with one member per role": the owner signs up and creates a clinic; for each other role
// a user signs up, is invited with that role, accepts, and calls set-active (create and accept
// leave the cookie-cached active clinic stale until set-active).
import { isRecord, ROLES } from "#openapi";
import { bodyOf } from "../expect-contract.ts";
import { newClinic } from "#targets/identities";
import type { Actor } from "#targets/target";
import { setupRequest } from "#targets/setup-request";
import { signUpUser } from "./signed-in-user.ts";
import type { SignedInUser } from "./signed-in-user.ts";
import { defineState } from "./state.ts";
import type { World } from "./state.ts";

export type Clinic = { id: string; name: string; slug: string };
/** `members` has one signed-in member per role of the matrix, keyed by role, the clinic active for each. */
export type ClinicWithEveryRole = { clinic: Clinic; members: Record<string, SignedInUser> };

/** Creates a `contract-` clinic owned by `owner`, makes it active, and registers its deletion. */
export async function createClinic(world: World, owner: SignedInUser): Promise<Clinic> {
  const exchange = await setupRequest(owner.actor, "/api/auth/organization/create", { json: newClinic("clinic") });
  const { id, name, slug } = bodyOf(exchange, "createOrganization", 200);
  world.cleanup.add(`clinic ${slug}`, async () => {
    const listed = await owner.actor.request("/api/auth/organization/list");
    if (listed.status === 200 && !bodyOf(listed, "listOrganizations", 200).some((clinic) => clinic.id === id)) return confirmGone(owner.actor, id);
    await setupRequest(owner.actor, "/api/auth/organization/delete", { json: { organizationId: id } });
  });
  await setActive(owner.actor, id);
  return { id, name, slug };
}

/** Invites a new user with `role`, who accepts and makes the clinic active. */
export async function addMember(world: World, clinic: Clinic, inviter: Actor, role: string): Promise<SignedInUser> {
  const member = await signUpUser(world, role);
  await joinClinic(clinic, inviter, member, role);
  return member;
}

/** Invites a user who has an account with `role`; they accept and make the clinic active. */
export async function joinClinic(clinic: Clinic, inviter: Actor, member: SignedInUser, role: string): Promise<void> {
  const invited = await setupRequest(inviter, "/api/auth/organization/invite-member", {
    json: { email: member.identity.email, role, organizationId: clinic.id },
  });
  const invitation = bodyOf(invited, "inviteMember", 200);
  await setupRequest(member.actor, "/api/auth/organization/accept-invitation", { json: { invitationId: invitation.id } });
  await setActive(member.actor, clinic.id);
}

/**
 * The owner no longer lists the clinic: a check deleted it (nothing left to undo), or the owner is no
 * longer a member, and then it stays on the target; an unknown clinic is 400 ORGANIZATION_NOT_FOUND,
 * one the caller is not in 403.
 */
async function confirmGone(owner: Actor, organizationId: string): Promise<void> {
  const query = new URLSearchParams({ organizationId });
  const read = await owner.request(`/api/auth/organization/get-full-organization?${query}`);
  if (read.status === 400 && isRecord(read.body) && read.body.code === "ORGANIZATION_NOT_FOUND") return;
  throw new Error(`its owner is no longer a member, so it could not be deleted (get-full-organization answered ${read.status})`);
}

/** Makes the clinic the session's active one (and re-issues its cookies). */
export async function setActive(actor: Actor, organizationId: string): Promise<void> {
  await setupRequest(actor, "/api/auth/organization/set-active", { json: { organizationId } });
}

export const clinicWithEveryRole = defineState("a clinic with one member per role", async (world) => {
  const owner = await signUpUser(world, "owner");
  const clinic = await createClinic(world, owner);
  const others = ROLES.filter((role) => role !== "owner");
  const joined = await Promise.all(others.map(async (role) => [role, await addMember(world, clinic, owner.actor, role)] as const));
  return { clinic, members: Object.fromEntries([["owner", owner], ...joined]) };
});
