// A second clinic of a fuzz world's people: the same people with the same roles in another clinic,
// built without a sign-up, and after its check the world as it was (the clinic gone, every
// member's session active in the world's clinic again).
import { expect, test } from "vitest";
import { isRecord } from "#openapi";
import { createInProcessTarget } from "#targets/in-process";
import type { Actor } from "#targets/target";
import { createCleanup } from "../cleanup.ts";
import { bodyOf } from "../expect-contract.ts";
import { buildFuzzWorld, secondClinicOf } from "./fuzz-world.ts";
import { watchedTarget } from "./testing/watched-target.ts";

async function activeClinic(actor: Actor): Promise<unknown> {
  const session = bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200);
  return isRecord(session) && isRecord(session.session) ? session.session.activeOrganizationId : undefined;
}

test("puts the world's people in a clinic of their own with their roles, and gives the world back after the check", async () => {
  const target = await createInProcessTarget({ safe: false });
  try {
    const fileCleanup = createCleanup();
    const world = await buildFuzzWorld({ target, cleanup: fileCleanup });
    const signUps: string[] = [];
    const checkCleanup = createCleanup();
    const counting = watchedTarget(target, (label, exchange) => {
      if (exchange.request.path.startsWith("/api/auth/sign-up/")) signUps.push(label);
    });
    const second = await secondClinicOf(world).build({ target: counting, cleanup: checkCleanup });

    expect(signUps).toEqual([]);
    expect(second.people).toBe(world.people);
    expect(second.clinic.id).not.toBe(world.clinic.id);
    expect(second.known.organizationId).toEqual([second.clinic.id]);
    const owner = world.people.owner?.actor;
    if (owner === undefined) throw new Error("the world has no owner");
    const query = new URLSearchParams({ organizationId: second.clinic.id });
    const full = bodyOf(await owner.request(`/api/auth/organization/get-full-organization?${query}`), "getFullOrganization", 200);
    if (full === null) throw new Error("the owner does not see the second clinic");
    const roles = Object.fromEntries(full.members.map((member) => [member.userId, member.role]));
    for (const [role, person] of Object.entries(world.people)) {
      if (role === "outsider") expect(roles[person.userId]).toBeUndefined();
      else expect([role, roles[person.userId]]).toEqual([role, role]);
    }
    const pending = full.invitations.filter((invitation) => invitation.status === "pending");
    expect(pending.map((invitation) => invitation.email)).toEqual([world.people.outsider?.identity.email]);
    for (const [role, person] of Object.entries(world.people)) if (role !== "outsider") expect(await activeClinic(person.actor)).toBe(second.clinic.id);

    expect(await checkCleanup.run()).toEqual([]);
    const listed = bodyOf(await owner.request("/api/auth/organization/list"), "listOrganizations", 200);
    expect(listed.map((clinic) => clinic.id)).toEqual([world.clinic.id]);
    for (const [role, person] of Object.entries(world.people)) if (role !== "outsider") expect([role, await activeClinic(person.actor)]).toEqual([role, world.clinic.id]);
    expect(await fileCleanup.run()).toEqual([]);
  } finally {
    await target.close();
  }
});
