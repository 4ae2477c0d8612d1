// "A <role> of the check's own in a shared clinic": a new user invited into the clinic, who accepts
// and makes it active, for a check that changes a member (a password, a specialty, a role) and so
// must not change one of the shared state's. Deleting the user after the check ends the membership.
import { addMember } from "./clinic-with-every-role.ts";
import type { Clinic } from "./clinic-with-every-role.ts";
import type { SignedInUser } from "./signed-in-user.ts";
import { defineState } from "./state.ts";
import type { State } from "./state.ts";

/** A new member of `clinic` with `role`, invited by `inviter` (who may invite with that role). */
export function memberOfItsOwn(clinic: Clinic, inviter: SignedInUser, role: string): State<SignedInUser> {
  return defineState(`a ${role} of the check's own in a shared clinic`, (world) => addMember(world, clinic, inviter.actor, role));
}
