// "A clinic to fuzz": a clinic with one member per role, a signed-in user with no clinic (invited,
// not yet joined), and one record of each kind, so generated requests can name real ids as well as
// random ones. Built through the public API like any state; everything is deleted after the run.
import type { Cleanup } from "../cleanup.ts";
import { bodyOf } from "../expect-contract.ts";
import { clinicWithEveryRole, createClinic, defineState, joinClinic, setActive, setupRequest, signUpUser } from "../states/index.ts";
import type { Clinic, SignedInUser, State, World } from "../states/index.ts";
import { createAppointment, createPatient, createPrescription, appointmentBody, patientBody, prescriptionBody } from "#contracts/states/record-requests";
import { createTask, sendMessage, startConversation, taskBody, uploadAttachment } from "#contracts/states/communication-requests";

/** Real values of the world, by what they are: ids, e-mails, usernames, passwords. */
export type KnownValues = Record<KnownKind, string[]>;
export type KnownKind =
  | "organizationId" | "slug" | "memberId" | "userId" | "email" | "username" | "password" | "invitationId"
  | "fileNumber" | "appointmentId" | "prescriptionId" | "taskId" | "conversationId" | "attachmentId";

export type FuzzWorld = {
  clinic: Clinic;
  /** Who can send a request: the seven roles, and "outsider" (signed in, no clinic, one pending invitation). */
  people: Record<string, SignedInUser>;
  known: KnownValues;
  /** The registry the world's own undo steps are in; what generated requests create goes there too. */
  cleanup: Cleanup;
};

/** The people whose requests carry a session, in a stable order (roles of the matrix, then the outsider). */
export function peopleOf(world: FuzzWorld): string[] {
  return Object.keys(world.people);
}

async function memberIds(owner: SignedInUser, clinic: Clinic): Promise<string[]> {
  const path = `/api/auth/organization/list-members?organizationId=${encodeURIComponent(clinic.id)}`;
  const listed = bodyOf(await setupRequest(owner.actor, path, {}), "listMembers", 200);
  return listed.members.map((member) => member.id);
}

async function createRecords(owner: SignedInUser, people: Record<string, SignedInUser>) {
  const patient = await createPatient(owner.actor, patientBody({ name: "Fuzz Patient" }));
  const fileNumber = patient.fileNumber;
  const appointment = await createAppointment(owner.actor, appointmentBody({ fileNumber }));
  const prescription = await createPrescription(owner.actor, prescriptionBody({ fileNumber }));
  const task = await createTask(owner.actor, taskBody({ patient: fileNumber }));
  const others = Object.values(people).filter((person) => person !== owner).map((person) => person.userId);
  const conversation = await startConversation(owner.actor, others.slice(0, 2), "fuzz");
  const attachment = await uploadAttachment(owner.actor);
  await sendMessage(owner.actor, conversation.id, "fuzz");
  return { fileNumber, appointmentId: appointment.id, prescriptionId: prescription.id, taskId: task.id, conversationId: conversation.id, attachmentId: attachment.attachmentId };
}

/** The records as the known values that name them. */
function knownRecords(records: Awaited<ReturnType<typeof createRecords>>): Pick<KnownValues, keyof typeof records> {
  const { fileNumber, appointmentId, prescriptionId, taskId, conversationId, attachmentId } = records;
  return { fileNumber: [fileNumber], appointmentId: [appointmentId], prescriptionId: [prescriptionId], taskId: [taskId], conversationId: [conversationId], attachmentId: [attachmentId] };
}

/** Invites the outsider, makes one record of each kind, and gathers the world's real values. */
async function furnish(clinic: Clinic, people: Record<string, SignedInUser>): Promise<KnownValues> {
  const owner = people.owner;
  const outsider = people.outsider;
  if (owner === undefined || outsider === undefined) throw new Error("Failed to build the fuzz world: it has no owner or no outsider. Check contracts/fuzz/fuzz-world.ts.");
  const invited = await setupRequest(owner.actor, "/api/auth/organization/invite-member", {
    json: { email: outsider.identity.email, role: "member", organizationId: clinic.id },
  });
  const invitation = bodyOf(invited, "inviteMember", 200);
  const records = await createRecords(owner, people);
  const identities = Object.values(people).map((person) => person.identity);
  return {
    organizationId: [clinic.id],
    slug: [clinic.slug],
    memberId: await memberIds(owner, clinic),
    userId: Object.values(people).map((person) => person.userId),
    email: identities.map((identity) => identity.email),
    username: identities.map((identity) => identity.username),
    password: identities.map((identity) => identity.password),
    invitationId: [invitation.id],
    ...knownRecords(records),
  };
}

/** Builds the world inside a check's (or the fuzz command's) cleanup registry. */
export async function buildFuzzWorld(world: World): Promise<FuzzWorld> {
  const { clinic, members } = await clinicWithEveryRole.build(world);
  const outsider = await signUpUser(world, "outsider");
  const people = { ...members, outsider };
  return { clinic, people, known: await furnish(clinic, people), cleanup: world.cleanup };
}

/**
 * The world's people in a second clinic, each with the same role, the outsider invited, one record
 * of each kind: for an operation that takes the clinic it is sent to apart (deletes it, leaves it,
 * removes a member or changes a role). Joined by invitation, not signed up: a real server hashes a
 * password for every sign-up. After the check the clinic is deleted and each person's session is
 * active in the world's own clinic again.
 */
export function secondClinicOf(shared: FuzzWorld): State<FuzzWorld> {
  return defineState("a second clinic of a fuzz world's people (every role, an invited outsider, one record of each kind)", async (world) => {
    const owner = shared.people.owner;
    if (owner === undefined) throw new Error("Failed to build a second fuzz clinic: the world has no owner. Check contracts/fuzz/fuzz-world.ts.");
    // Registered first, so it runs last: after the clinic is deleted.
    world.cleanup.add(`the fuzz world's people back in clinic ${shared.clinic.slug}`, async () => {
      await Promise.all(Object.values(shared.people).filter((person) => person !== shared.people.outsider).map((person) => setActive(person.actor, shared.clinic.id)));
    });
    const clinic = await createClinic(world, owner);
    const members = Object.entries(shared.people).filter(([role]) => role !== "owner" && role !== "outsider");
    await Promise.all(members.map(([role, person]) => joinClinic(clinic, owner.actor, person, role)));
    return { clinic, people: shared.people, known: await furnish(clinic, shared.people), cleanup: world.cleanup };
  });
}

/**
 * The same clinic and people with records of their own, for an operation whose accepted requests
 * delete the records they name (the world's seeded ones stay for the operations after it).
 */
export async function withRecordsOfItsOwn(world: FuzzWorld): Promise<FuzzWorld> {
  const owner = world.people.owner;
  if (owner === undefined) throw new Error("Failed to add records to the fuzz world: it has no owner. Check contracts/fuzz/fuzz-world.ts.");
  const records = await createRecords(owner, world.people);
  return { ...world, known: { ...world.known, ...knownRecords(records) } };
}

export const fuzzWorld = defineState("a clinic to fuzz (every role, an invited outsider, one record of each kind)", buildFuzzWorld);
