// "A <role> of the check's own in a shared clinic": a new user invited into the clinic, who accepts
// and makes it active, for a check that changes a member (a password, a specialty, a role) and so
// must not change one of the shared state's. After the check it leaves the clinic, then the user is
// deleted (leaving first keeps the shared clinic readable by the checks running beside it).
import { addMember } from "./clinic-with-every-role.ts";
import { leaveClinics } from "./leave-clinics.ts";
import type { Clinic } from "./clinic-with-every-role.ts";
import type { SignedInUser } from "./signed-in-user.ts";
import { defineState } from "./state.ts";
import type { State } from "./state.ts";

/** A new member of `clinic` with `role`, invited by `inviter` (who may invite with that role). */
export function memberOfItsOwn(clinic: Clinic, inviter: SignedInUser, role: string): State<SignedInUser> {
  return defineState(`a ${role} of the check's own in a shared clinic`, async (world) => {
    const member = await addMember(world, clinic, inviter.actor, role);
    // Registered after the user's deletion, so it runs before it (clean-up runs newest first).
    world.cleanup.add(`membership of ${member.identity.email}`, () => leaveClinics(member.actor, [clinic.id]));
    return member;
  });
}
