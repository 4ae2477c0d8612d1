// A member of a shared clinic leaves it before the user is deleted. Better Auth's list-members reads a
// clinic's members, then their users: a user deleted between the two reads makes it fail with 500
// ("User not found for member") for whichever check lists that clinic at that moment. A member who
// has left is not read at all.
import type { Actor } from "#targets/target";
import { bodyOf } from "../expect-contract.ts";

/** Best effort (the deletion that follows ends the membership anyway): leaves the clinics named, or every clinic the actor lists. */
export async function leaveClinics(actor: Actor, organizationIds?: readonly string[]): Promise<void> {
  for (const organizationId of organizationIds ?? (await listedClinicIds(actor))) {
    await actor.request("/api/auth/organization/leave", { json: { organizationId } });
  }
}

async function listedClinicIds(actor: Actor): Promise<string[]> {
  const listed = await actor.request("/api/auth/organization/list");
  return listed.status === 200 ? bodyOf(listed, "listOrganizations", 200).map((clinic) => clinic.id) : [];
}
