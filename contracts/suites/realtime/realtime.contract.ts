// REALTIME: temetro's Socket.io (x-realtime) — the handshake by the session cookie, joining a
// conversation, sending over the socket, delivery of message:new and notification:new (messages
// and patient record changes) to the right rooms only, read marks, and the CORS origin (D19).
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect } from "vitest";
import { clientEventValidator, serverEventValidator } from "#openapi";
import { bodyOf } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { connectedSocket, connectSocket } from "#contracts/states/connected-socket";
import type { RealtimeSocket } from "#contracts/states/connected-socket";
import type { Actor } from "#targets/target";
import { sharedState } from "#contracts/states/shared-state";
import { sharedInFile } from "#contracts/states/shared-in-file";
import { clinicWith, memberOf } from "#contracts/states/staffed-clinic";
import { createPatient } from "#contracts/states/record-requests";
import { sendMessage, startConversation, summaryFor } from "#contracts/states/communication-requests";

// One team for this file's checks, which run one after another: events of a check reach only its
// own sockets. The CORS check only reads, in a clinic no check writes to.
const withTeam = sharedInFile(clinicWith(["doctor", "lab"]));
const readOnlyClinic = sharedState("a clinic with only its owner, read only");

/**
 * A conversation of the check's own with the team's doctor: a named conversation is a group, never
 * reused (a direct message would be, D18), so its messages and unread counts are this check's alone.
 */
const ownConversation = (owner: Actor, doctorId: string, check: string) => startConversation(owner, [doctorId], check);

const hasField = (name: string, value: unknown) => (payload: unknown) => typeof payload === "object" && payload !== null && Reflect.get(payload, name) === value;

/** The next `event` matching, checked against its x-realtime schema. */
async function nextConforming(socket: RealtimeSocket, event: string, matches?: (payload: unknown) => boolean): Promise<unknown> {
  const payload = await socket.next(event, matches);
  const result = serverEventValidator(event).safeParse(payload);
  expect(result.success ? [] : result.error.issues, `${event} conforms to x-realtime`).toEqual([]);
  return payload;
}

/** An acknowledgement, checked against the event's x-realtime ack schema. */
async function conformingAck(socket: RealtimeSocket, event: string, payload: unknown): Promise<unknown> {
  const ack = await socket.emitWithAck(event, payload);
  const result = clientEventValidator(event, "ack").safeParse(ack);
  expect(result.success ? [] : result.error.issues, `the ack of ${event} conforms to x-realtime`).toEqual([]);
  return ack;
}

describe("Socket.io handshake", () => {
  check("REALTIME-HANDSHAKE-NO-SESSION", 'refuses a handshake without a session cookie with "unauthorized"', async ({ target }) => {
    expect(await connectSocket(target, null)).toEqual({ connected: false, error: "unauthorized" });
  });

  check("REALTIME-HANDSHAKE-FORGED-COOKIE", 'refuses a handshake whose session cookie names no session with "unauthorized"', async ({ target }) => {
    expect(await connectSocket(target, "better-auth.session_token=forged.c2lnbmF0dXJl")).toEqual({ connected: false, error: "unauthorized" });
  });

  check("REALTIME-D19-CORS-FRONTEND-ONLY", "answers CORS for the frontend's origin only, though REST allows LAN origins too (D19)", async ({ target, given }) => {
    const url = `${await target.realtimeUrl()}/socket.io/?EIO=4&transport=polling`;
    const fromFrontend = await fetch(url, { headers: { origin: target.frontendOrigin } });
    await fromFrontend.body?.cancel();
    expect(fromFrontend.headers.get("access-control-allow-origin")).toBe(target.frontendOrigin);
    expect(fromFrontend.headers.get("access-control-allow-credentials")).toBe("true");
    const lan = "http://192.168.1.20:3000";
    const fromLan = await fetch(url, { headers: { origin: lan } });
    await fromLan.body?.cancel();
    expect(fromLan.headers.get("access-control-allow-origin")).not.toBe(lan);
    const owner = (await given(readOnlyClinic)).owner.actor;
    expect((await owner.request("/api/conversations", { origin: lan })).headers.get("access-control-allow-origin")).toBe(lan);
  });
});

describe("Socket.io conversation:join", () => {
  check("REALTIME-JOIN", "acks {ok:true} for a participant, {ok:false} for another member of the clinic and for an unknown id", async ({ given }) => {
    const state = await given(withTeam);
    const conversation = await ownConversation(memberOf(state, "owner").actor, memberOf(state, "doctor").userId, "REALTIME-JOIN");
    const doctor = await given(connectedSocket(memberOf(state, "doctor").actor));
    const lab = await given(connectedSocket(memberOf(state, "lab").actor));
    expect(await conformingAck(doctor, "conversation:join", conversation.id)).toEqual({ ok: true });
    expect(await conformingAck(lab, "conversation:join", conversation.id)).toEqual({ ok: false });
    expect(await conformingAck(doctor, "conversation:join", crypto.randomUUID())).toEqual({ ok: false });
  });
});

describe("Socket.io message:new and notification:new", () => {
  check("REALTIME-REST-MESSAGE-DELIVERED", "delivers a message sent over REST as message:new to the sockets that joined the conversation only", async ({ target, given }) => {
    const state = await given(withTeam);
    const [owner, doctor, lab] = [memberOf(state, "owner"), memberOf(state, "doctor"), memberOf(state, "lab")];
    const conversation = await ownConversation(owner.actor, doctor.userId, "REALTIME-REST-MESSAGE-DELIVERED");
    const joined = await given(connectedSocket(doctor.actor));
    const ownerSocket = await given(connectedSocket(owner.actor));
    const labSocket = await given(connectedSocket(lab.actor));
    await conformingAck(joined, "conversation:join", conversation.id);
    const sent = await sendMessage(owner.actor, conversation.id, "Ward 3 at nine");
    expect(await nextConforming(joined, "message:new")).toEqual(sent);
    await target.realtimeSettled();
    expect(ownerSocket.received("message:new"), "the sender, who did not join").toEqual([]);
    expect(labSocket.received("message:new"), "a member who does not take part").toEqual([]);
  });

  check("REALTIME-MESSAGE-NOTIFICATION", "notifies every other participant in their user room, and no one else", async ({ target, given }) => {
    const state = await given(withTeam);
    const [owner, doctor, lab] = [memberOf(state, "owner"), memberOf(state, "doctor"), memberOf(state, "lab")];
    const conversation = await ownConversation(owner.actor, doctor.userId, "REALTIME-MESSAGE-NOTIFICATION");
    const [doctorSocket, ownerSocket, labSocket] = await Promise.all([doctor, owner, lab].map((member) => given(connectedSocket(member.actor))));
    if (doctorSocket === undefined || ownerSocket === undefined || labSocket === undefined) throw new Error("Failed to connect the three sockets.");
    await sendMessage(owner.actor, conversation.id, "Can you see Mrs. Okafor?");
    expect(await nextConforming(doctorSocket, "notification:new")).toMatchObject({
      type: "message", text: `New message from ${owner.identity.name}`, read: false, entityType: "conversation", entityId: conversation.id, actorName: owner.identity.name,
    });
    await target.realtimeSettled();
    expect(ownerSocket.received("notification:new"), "the sender").toEqual([]);
    expect(labSocket.received("notification:new"), "a member who does not take part").toEqual([]);
  });

  check("REALTIME-RECORD-CHANGE-NOTIFICATION", "notifies the other members of the clinic when a patient record is created, not the author", async ({ target, given }) => {
    const state = await given(withTeam);
    const [owner, doctor] = [memberOf(state, "owner"), memberOf(state, "doctor")];
    const [doctorSocket, ownerSocket] = await Promise.all([given(connectedSocket(doctor.actor)), given(connectedSocket(owner.actor))]);
    const patient = await createPatient(owner.actor);
    expect(await nextConforming(doctorSocket, "notification:new", hasField("type", "record_change"))).toMatchObject({
      type: "record_change", text: `${owner.identity.name} added patient ${patient.name}`, entityType: "patient", entityId: patient.fileNumber, actorName: owner.identity.name,
    });
    await target.realtimeSettled();
    expect(ownerSocket.received("notification:new"), "the author").toEqual([]);
  });
});

describe("Socket.io message:send", () => {
  check("REALTIME-SEND", "acks {ok:true, message} and delivers it as REST does: message:new to the room, a notification, the history", async ({ given }) => {
    const state = await given(withTeam);
    const [owner, doctor] = [memberOf(state, "owner"), memberOf(state, "doctor")];
    const conversation = await ownConversation(owner.actor, doctor.userId, "REALTIME-SEND");
    const [ownerSocket, doctorSocket] = await Promise.all([given(connectedSocket(owner.actor)), given(connectedSocket(doctor.actor))]);
    await conformingAck(doctorSocket, "conversation:join", conversation.id);
    const ack = await conformingAck(ownerSocket, "message:send", { conversationId: conversation.id, body: "  Bring the charts " });
    expect(ack).toMatchObject({ ok: true, message: { conversationId: conversation.id, senderId: owner.userId, body: "Bring the charts" } });
    const message: unknown = Reflect.get(Object(ack), "message");
    expect(await nextConforming(doctorSocket, "message:new")).toEqual(message);
    expect(await nextConforming(doctorSocket, "notification:new")).toMatchObject({ type: "message", entityId: conversation.id });
    expect(bodyOf(await doctor.actor.request(`/api/conversations/${conversation.id}/messages`), "listMessages", 200)).toEqual([message]);
  });

  check("REALTIME-SEND-REFUSED", "acks {ok:false} without a conversation id, for a blank body, an unknown conversation or a non-participant", async ({ given }) => {
    const state = await given(withTeam);
    const conversation = await ownConversation(memberOf(state, "owner").actor, memberOf(state, "doctor").userId, "REALTIME-SEND-REFUSED");
    const [ownerSocket, labSocket] = await Promise.all([given(connectedSocket(memberOf(state, "owner").actor)), given(connectedSocket(memberOf(state, "lab").actor))]);
    expect(await conformingAck(ownerSocket, "message:send", { body: "Hello" })).toEqual({ ok: false });
    expect(await conformingAck(ownerSocket, "message:send", { conversationId: conversation.id, body: "   " })).toEqual({ ok: false });
    expect(await conformingAck(ownerSocket, "message:send", { conversationId: crypto.randomUUID(), body: "Hello" })).toEqual({ ok: false });
    expect(await conformingAck(labSocket, "message:send", { conversationId: conversation.id, body: "Hello" })).toEqual({ ok: false });
    expect(bodyOf(await memberOf(state, "owner").actor.request(`/api/conversations/${conversation.id}/messages`), "listMessages", 200)).toEqual([]);
  });
});

describe("Socket.io message:read", () => {
  check("REALTIME-MESSAGE-READ", "marks the conversation read for the caller, without an ack", async ({ given }) => {
    const state = await given(withTeam);
    const [owner, doctor] = [memberOf(state, "owner"), memberOf(state, "doctor")];
    const conversation = await ownConversation(owner.actor, doctor.userId, "REALTIME-MESSAGE-READ");
    await sendMessage(owner.actor, conversation.id, "Are you free at noon?");
    expect((await summaryFor(doctor.actor, conversation.id))?.unreadCount).toBe(1);
    (await given(connectedSocket(doctor.actor))).emit("message:read", conversation.id);
    let unread: number | undefined;
    for (let attempt = 0; attempt < 20 && unread !== 0; attempt += 1) {
      await sleep(100);
      unread = (await summaryFor(doctor.actor, conversation.id))?.unreadCount;
    }
    expect(unread, "the doctor's unread count within 2 s").toBe(0);
  });
});
