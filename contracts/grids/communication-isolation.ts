// Generates the tenant-isolation checks of one tag's operations: what belongs to one clinic does not
// exist for another. Every operation that takes an id answers as for an unknown id (404 with the
// resource's message; 204 for the read mark, which answers 204 for any id) and leaves the record as
// it was; every list leaves it out.
import { describe, expect } from "vitest";
import { temetroMessage } from "#openapi";
import { bodyOf, expectTemetroError } from "#contracts/expect-contract";
import { ANOTHER_CLINIC, LEFT_OUT } from "#contracts/grid-cell";
import { check } from "#contracts/harness";
import type { SignedInUser, State } from "#contracts/states/index";
import { sharedState } from "#contracts/states/shared-state";
import type { Actor, Exchange } from "#targets/target";
import { ruleIdPart } from "./role-matrix.ts";
import { clinicOperations } from "./communication-roles.ts";
import { createTask, startConversation, summaryFor, uploadAttachment } from "#contracts/states/communication-requests";

type Home = { owner: SignedInUser; doctor: SignedInUser };
type Isolation = {
  /** What the foreign caller must get: an error, a bare status, or (a list) the record left out. */
  expect: { status: number; error?: string } | "left-out";
  /** The home clinic's record; its key (an id) is what the foreign clinic addresses. */
  prepare(home: Home): Promise<string>;
  send(foreign: Actor, key: string): Promise<Exchange>;
  /** The record as the home clinic sees it, before and after. */
  readBack(home: Home, key: string): Promise<unknown>;
};

const taskOf = async (home: Home, id: string) => bodyOf(await home.owner.actor.request("/api/tasks"), "listTasks", 200).find((task) => task.id === id);
const staffRowOf = async (home: Home, userId: string) => bodyOf(await home.owner.actor.request("/api/staff"), "listStaff", 200).find((row) => row.userId === userId);
const conversationOf = async (home: Home, id: string) => ({ summary: await summaryFor(home.doctor.actor, id), messages: (await home.owner.actor.request(`/api/conversations/${id}/messages`)).body });
// A named conversation is a group, never reused (a direct message would be: D18), so no other check's messages land in it.
const homeConversation = async (home: Home) => (await startConversation(home.owner.actor, [home.doctor.userId], "Isolation")).id;
const homeFile = async (home: Home) => (await uploadAttachment(home.owner.actor)).attachmentId;
const doctorId = async (home: Home) => home.doctor.userId;
const leftOut = (path: string, prepare: Isolation["prepare"], readBack: Isolation["readBack"]): Isolation => ({ expect: "left-out", prepare, send: (foreign) => foreign.request(path), readBack });

const isolations: Record<string, Isolation> = {
  listTasks: leftOut("/api/tasks", async (home) => (await createTask(home.owner.actor)).id, taskOf),
  updateTask: {
    expect: { status: 404, error: temetroMessage("TASK_NOT_FOUND") },
    prepare: async (home) => (await createTask(home.owner.actor)).id,
    send: (foreign, id) => foreign.request(`/api/tasks/${id}`, { method: "PATCH", json: { title: "Overwritten elsewhere", done: true } }),
    readBack: taskOf,
  },
  deleteTask: {
    expect: { status: 404, error: temetroMessage("TASK_NOT_FOUND") },
    prepare: async (home) => (await createTask(home.owner.actor)).id,
    send: (foreign, id) => foreign.request(`/api/tasks/${id}`, { method: "DELETE" }),
    readBack: taskOf,
  },
  listProviders: leftOut("/api/staff/providers", doctorId, staffRowOf),
  listStaff: leftOut("/api/staff", doctorId, staffRowOf),
  updateStaffSpecialty: {
    expect: { status: 404, error: temetroMessage("MEMBER_NOT_FOUND") },
    prepare: doctorId,
    send: (foreign, userId) => foreign.request(`/api/staff/${userId}`, { method: "PATCH", json: { specialty: "Overwritten elsewhere" } }),
    readBack: staffRowOf,
  },
  setStaffPassword: {
    expect: { status: 404, error: temetroMessage("MEMBER_NOT_FOUND") },
    prepare: doctorId,
    send: (foreign, userId) => foreign.request(`/api/staff/${userId}/password`, { method: "PATCH", json: { newPassword: "overwritten-elsewhere-1" } }),
    // The doctor still signs in with their own password (their cleanup does too).
    readBack: async (home, userId) => ({ row: await staffRowOf(home, userId), signIn: (await home.doctor.actor.request("/api/auth/sign-in/email", {
      json: { email: home.doctor.identity.email, password: home.doctor.identity.password } })).status }),
  },
  listConversations: leftOut("/api/conversations", homeConversation, conversationOf),
  listConversationMembers: leftOut("/api/conversations/members", doctorId, staffRowOf),
  downloadAttachment: {
    expect: { status: 404, error: temetroMessage("ATTACHMENT_NOT_FOUND") },
    prepare: homeFile,
    send: (foreign, id) => foreign.request(`/api/conversations/attachments/${id}`),
    readBack: async (home, id) => (await home.doctor.actor.request(`/api/conversations/attachments/${id}`)).text,
  },
  listMessages: {
    expect: { status: 404, error: temetroMessage("CONVERSATION_NOT_FOUND") },
    prepare: homeConversation,
    send: (foreign, id) => foreign.request(`/api/conversations/${id}/messages`),
    readBack: conversationOf,
  },
  sendMessage: {
    expect: { status: 404, error: temetroMessage("CONVERSATION_NOT_FOUND") },
    prepare: homeConversation,
    send: (foreign, id) => foreign.request(`/api/conversations/${id}/messages`, { json: { body: "Written elsewhere" } }),
    readBack: conversationOf,
  },
  markConversationRead: {
    expect: { status: 204 },
    prepare: async (home) => {
      const id = await homeConversation(home);
      await home.owner.actor.request(`/api/conversations/${id}/messages`, { json: { body: "Unread until the doctor reads it" } });
      return id;
    },
    send: (foreign, id) => foreign.request(`/api/conversations/${id}/read`, { method: "POST" }),
    readBack: conversationOf,
  },
};

// The home clinic (its owner and doctor) is the run's workbench, where each check prepares its own
// record; the foreign clinic (its owner) only sends what must be refused, and lists.
const homeClinic = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");
const foreignClinic = sharedState("a clinic with only its owner, read only");

async function homeAndForeign(given: <S>(state: State<S>) => Promise<S>): Promise<{ home: Home; foreign: SignedInUser }> {
  const { owner, members } = await given(homeClinic);
  const doctor = members.doctor;
  if (doctor === undefined) throw new Error("Failed to find the doctor of the workbench.");
  return { home: { owner, doctor }, foreign: (await given(foreignClinic)).owner };
}

/** Defines `<AREA>-ISOLATION-<OPERATION>` for every operation of the tag that takes an id, and every list. */
export function describeIsolation(tag: string, area: string): void {
  for (const op of clinicOperations(tag)) {
    const isList = op.method === "get" && op.parameterNames.length === 0;
    if (!isList && op.parameterNames.length === 0) continue;
    const isolation = isolations[op.operationId];
    if (isolation === undefined) throw new Error(`Failed to generate the isolation check of ${op.operationId}: describe it in contracts/grids/communication-isolation.ts.`);
    const { expect: outcome } = isolation;
    const title = outcome === "left-out" ? "leaves out another clinic's records"
      : outcome.error === undefined ? `answers ${outcome.status} for another clinic's record and changes nothing`
        : `answers ${outcome.status} "${outcome.error}" for another clinic's record and leaves it as it was`;
    const expected = outcome === "left-out" ? { status: 200, detail: LEFT_OUT } : outcome.error === undefined ? { status: outcome.status } : { status: outcome.status, detail: outcome.error };
    describe(`${op.method.toUpperCase()} ${op.path}`, () => {
      check(`${area}-ISOLATION-${ruleIdPart(op.operationId)}`, title, async ({ given, cell }) => {
        const { home, foreign } = await homeAndForeign(given);
        const key = await isolation.prepare(home);
        const before = await isolation.readBack(home, key);
        await cell(ANOTHER_CLINIC, () => isolation.send(foreign.actor, key), async (exchange) => {
          if (outcome === "left-out") {
            expect(exchange.status).toBe(200);
            expect(exchange.text, "the foreign clinic's list").not.toContain(key);
          } else if (outcome.error !== undefined) expectTemetroError(exchange, outcome.status, outcome.error);
          else expect(exchange.status).toBe(outcome.status);
          expect(await isolation.readBack(home, key), "the record as its own clinic sees it afterwards").toEqual(before);
        });
      }, { grid: { grid: "isolation", operationId: op.operationId, cells: [{ column: ANOTHER_CLINIC, expected }] } });
    });
  }
}
