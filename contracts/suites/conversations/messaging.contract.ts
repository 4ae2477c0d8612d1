// CONVERSATIONS: starting conversations (D18 direct-message reuse, groups, names), members, messages
// (order, participants only, empty), unread counts and read marks, and tenant-scoped participants.
import { describe, expect } from "vitest";
import { temetroError, temetroMessage } from "#openapi";
import { bodyOf, expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { memberOfItsOwn } from "#contracts/states/member-of-its-own";
import { sharedState } from "#contracts/states/shared-state";
import { memberOf } from "#contracts/states/staffed-clinic";
import { sendMessage, startConversation, summaryFor } from "#contracts/states/communication-requests";

// Checks that only read, or send what is refused, share clinics no check writes to. The others
// start conversations in the run's workbench with members of their own: a direct message is reused
// per pair (D18), so a new member makes sure the conversation and its messages are the check's.
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");
const readOnlyTeam = sharedState("a clinic with one member per role, read only");
const readOnlyOutsider = sharedState("a clinic with only its owner, read only");

describe("POST /api/conversations", () => {
  check("CONVERSATIONS-D18-DM-REUSED", "answers 201 with the existing direct message when one with that person exists (D18)", async ({ given }) => {
    const state = await given(workbench);
    const owner = memberOf(state, "owner");
    const doctor = await given(memberOfItsOwn(state.clinic, owner, "doctor"));
    const first = await startConversation(owner.actor, [doctor.userId]);
    expect(first).toMatchObject({ name: doctor.identity.name, isGroup: false, isSystem: false, lastMessage: null, unread: false, unreadCount: 0 });
    expect(first.participants.map((participant) => participant.id).sort()).toEqual([owner.userId, doctor.userId].sort());
    const again = await startConversation(owner.actor, [doctor.userId, owner.userId, doctor.userId]);
    expect(again.id).toBe(first.id);
    const fromTheOtherSide = await startConversation(doctor.actor, [owner.userId]);
    expect(fromTheOtherSide).toMatchObject({ id: first.id, name: owner.identity.name });
  });

  check("CONVERSATIONS-GROUPS", "makes a group of several members, or of one with a name; a group is never reused", async ({ given }) => {
    const state = await given(workbench);
    const owner = memberOf(state, "owner").actor;
    const doctor = await given(memberOfItsOwn(state.clinic, memberOf(state, "owner"), "doctor"));
    const reception = await given(memberOfItsOwn(state.clinic, memberOf(state, "owner"), "reception"));
    const named = await startConversation(owner, [doctor.userId], "  Morning huddle ");
    expect(named).toMatchObject({ name: "Morning huddle", isGroup: true });
    expect((await startConversation(owner, [doctor.userId], "Morning huddle")).id).not.toBe(named.id);
    const unnamed = await startConversation(owner, [doctor.userId, reception.userId]);
    expect(unnamed.isGroup).toBe(true);
    expect(unnamed.name.split(", ").sort()).toEqual([doctor.identity.name, reception.identity.name].sort());
  });

  check("CONVERSATIONS-NO-CLINIC-MEMBER", `answers 400 "${temetroMessage("NO_CLINIC_MEMBER_TO_MESSAGE")}" with only the caller or non-members`, async ({ given }) => {
    const state = await given(readOnlyTeam);
    const owner = memberOf(state, "owner");
    const outsider = await given(readOnlyOutsider);
    const refused = await owner.actor.request("/api/conversations", { json: { participantIds: [owner.userId, memberOf(outsider, "owner").userId, "nobody"] } });
    expectTemetroError(refused, 400, temetroMessage("NO_CLINIC_MEMBER_TO_MESSAGE"));
    expectTemetroError(await owner.actor.request("/api/conversations", { json: { participantIds: [] } }), 400, temetroError("VALIDATION_FAILED").body.error);
  });
});

describe("GET /api/conversations/members", () => {
  check("CONVERSATIONS-MEMBERS", "lists every member of the clinic but the caller", async ({ given }) => {
    const state = await given(readOnlyTeam);
    const members = bodyOf(await memberOf(state, "lab").actor.request("/api/conversations/members"), "listConversationMembers", 200);
    const others = Object.keys(state.members).filter((role) => role !== "lab");
    const expected = others.map((role) => ({ id: memberOf(state, role).userId, name: memberOf(state, role).identity.name }));
    expect([...members].sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
  });
});

describe("GET /api/conversations", () => {
  check("CONVERSATIONS-UNREAD-AND-ORDER", "counts the messages of others since the caller's read mark, and lists the most recent first", async ({ given }) => {
    const state = await given(workbench);
    const owner = memberOf(state, "owner");
    const doctor = await given(memberOfItsOwn(state.clinic, owner, "doctor"));
    const reception = await given(memberOfItsOwn(state.clinic, owner, "reception"));
    const older = await startConversation(owner.actor, [doctor.userId, reception.userId], "Rota");
    const newer = await startConversation(owner.actor, [doctor.userId]);
    await sendMessage(owner.actor, newer.id, "Ward 3 at nine");
    await sendMessage(owner.actor, newer.id, "Bring the charts");
    expect(await summaryFor(doctor.actor, newer.id)).toMatchObject({ unread: true, unreadCount: 2, lastMessage: { body: "Bring the charts", senderId: owner.userId } });
    expect(await summaryFor(owner.actor, newer.id)).toMatchObject({ unread: false, unreadCount: 0 });
    await sendMessage(reception.actor, older.id, "Swap Friday?");
    const listed = bodyOf(await doctor.actor.request("/api/conversations"), "listConversations", 200);
    expect(listed.map((summary) => summary.id)).toEqual([older.id, newer.id]);
  });
});

describe("POST /api/conversations/{id}/read", () => {
  check("CONVERSATIONS-READ-MARK", "answers 204 and clears the caller's unread count; 204 for any other id too", async ({ given }) => {
    const state = await given(workbench);
    const owner = memberOf(state, "owner");
    const doctor = await given(memberOfItsOwn(state.clinic, owner, "doctor"));
    const conversation = await startConversation(owner.actor, [doctor.userId]);
    await sendMessage(owner.actor, conversation.id, "Are you free at noon?");
    const read = await doctor.actor.request(`/api/conversations/${conversation.id}/read`, { method: "POST" });
    expect(read.status).toBe(204);
    expect(read.text).toBe("");
    expect(await summaryFor(doctor.actor, conversation.id)).toMatchObject({ unread: false, unreadCount: 0 });
    expect((await doctor.actor.request("/api/conversations/not-a-uuid/read", { method: "POST" })).status).toBe(204);
    expect((await memberOf(state, "lab").actor.request(`/api/conversations/${conversation.id}/read`, { method: "POST" })).status).toBe(204);
  });
});

describe("GET /api/conversations/{id}/messages", () => {
  check("CONVERSATIONS-MESSAGES-OLDEST-FIRST", "lists the messages oldest first, with the sender's name", async ({ given }) => {
    const state = await given(workbench);
    const owner = memberOf(state, "owner");
    const doctor = await given(memberOfItsOwn(state.clinic, owner, "doctor"));
    const conversation = await startConversation(owner.actor, [doctor.userId]);
    for (const [sender, body] of [[owner, "One"], [doctor, "Two"], [owner, "Three"]] as const) await sendMessage(sender.actor, conversation.id, body);
    const messages = bodyOf(await doctor.actor.request(`/api/conversations/${conversation.id}/messages`), "listMessages", 200);
    expect(messages.map((message) => [message.body, message.senderName])).toEqual([["One", owner.identity.name], ["Two", doctor.identity.name], ["Three", owner.identity.name]]);
  });

  check("CONVERSATIONS-PARTICIPANTS-ONLY", `answers 403 "${temetroMessage("NOT_A_PARTICIPANT")}" to a clinic member who does not take part`, async ({ given }) => {
    const state = await given(workbench);
    const doctor = await given(memberOfItsOwn(state.clinic, memberOf(state, "owner"), "doctor"));
    const conversation = await startConversation(memberOf(state, "owner").actor, [doctor.userId]);
    const lab = memberOf(state, "lab").actor;
    expectTemetroError(await lab.request(`/api/conversations/${conversation.id}/messages`), 403, temetroMessage("NOT_A_PARTICIPANT"));
    expectTemetroError(await lab.request(`/api/conversations/${conversation.id}/messages`, { json: { body: "Hi" } }), 403, temetroMessage("NOT_A_PARTICIPANT"));
  });

  check("CONVERSATIONS-NOT-FOUND", `answers 404 "${temetroMessage("CONVERSATION_NOT_FOUND")}" for a non-UUID or unknown id`, async ({ given }) => {
    const owner = memberOf(await given(readOnlyTeam), "owner").actor;
    expectTemetroError(await owner.request("/api/conversations/not-a-uuid/messages"), 404, temetroMessage("CONVERSATION_NOT_FOUND"));
    expectTemetroError(await owner.request(`/api/conversations/${crypto.randomUUID()}/messages`, { json: { body: "Hi" } }), 404, temetroMessage("CONVERSATION_NOT_FOUND"));
  });
});

describe("POST /api/conversations/{id}/messages", () => {
  check("CONVERSATIONS-SEND", "answers 201 with the message, its body trimmed, and bumps the conversation", async ({ given }) => {
    const state = await given(workbench);
    const owner = memberOf(state, "owner");
    const doctor = await given(memberOfItsOwn(state.clinic, owner, "doctor"));
    const conversation = await startConversation(owner.actor, [doctor.userId]);
    const message = await sendMessage(doctor.actor, conversation.id, "  On my way.  ");
    expect(message).toMatchObject({ conversationId: conversation.id, senderId: doctor.userId, senderName: doctor.identity.name, body: "On my way.", attachments: null });
    expect((await summaryFor(owner.actor, conversation.id))?.updatedAt).toBe(message.createdAt);
  });

  check("CONVERSATIONS-EMPTY-MESSAGE", `answers 400 "${temetroMessage("EMPTY_MESSAGE")}" without text or attachments; an attachment alone is a message`, async ({ given }) => {
    const state = await given(workbench);
    const owner = memberOf(state, "owner").actor;
    const doctor = await given(memberOfItsOwn(state.clinic, memberOf(state, "owner"), "doctor"));
    const conversation = await startConversation(owner, [doctor.userId]);
    expectTemetroError(await owner.request(`/api/conversations/${conversation.id}/messages`, { json: { body: "   ", attachments: [] } }), 400, temetroMessage("EMPTY_MESSAGE"));
    const appointment = { name: "Ngozi Okafor", date: "2026-11-24", time: "15:00" };
    const shared = await owner.request(`/api/conversations/${conversation.id}/messages`, { json: { attachments: [{ kind: "appointment", appointment }] } });
    expect(bodyOf(shared, "sendMessage", 201)).toMatchObject({
      body: "", attachments: [{ kind: "appointment", appointment: { ...appointment, fileNumber: "", type: "", provider: "", status: "" } }],
    });
  });
});
