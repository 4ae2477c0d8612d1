// The conversation handlers on a demo clinic: DM reuse (D18), naming, unread counts, participant
// checks, read marks, attachments, and what each send delivers in real time.
import { expect, test } from "vitest";
import { temetroMessage } from "#openapi";
import type { RealtimeEvent } from "../../glossary.ts";
import { demoMock, field, pick, signedInAs, type TestClient } from "#targets/testing/test-client";

async function userIdOf(client: TestClient): Promise<string> {
  const session = (await client.request("/api/auth/get-session")).body;
  return field(pick(session, "user"), "id");
}

test("reuses the direct message with the same person and answers 201 both times (D18)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  // Pharmacy: the demo's owner has no direct message with them yet (she has one with the doctor).
  const pharmacistId = await userIdOf(await signedInAs(api, seed, "pharmacy"));
  const first = await owner.request("/api/conversations", { json: { participantIds: [pharmacistId] } });
  const again = await owner.request("/api/conversations", { json: { participantIds: [pharmacistId, "not-a-member"] } });
  expect(first).toMatchObject({ status: 201, body: { name: "Grace Liu", isGroup: false, isSystem: false, unreadCount: 0 } });
  expect(again).toMatchObject({ status: 201, body: { id: field(first.body, "id") } });
});

test("refuses a conversation with nobody from the clinic but the caller", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const refused = await owner.request("/api/conversations", { json: { participantIds: [await userIdOf(owner), "someone-else"] } });
  expect(refused).toMatchObject({ status: 400, body: { error: temetroMessage("NO_CLINIC_MEMBER_TO_MESSAGE") } });
});

test("counts unread messages for the other participant until they mark it read", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const doctor = await signedInAs(api, seed, "doctor");
  const id = field((await owner.request("/api/conversations", { json: { participantIds: [await userIdOf(doctor)], name: "Rounds" } })).body, "id");
  await owner.request(`/api/conversations/${id}/messages`, { json: { body: " Ward 3 at nine " } });
  // The demo's own conversations are listed too, after this newest one.
  expect(await firstConversation(doctor)).toMatchObject({ id, name: "Rounds", isGroup: true, unread: true, unreadCount: 1, lastMessage: { body: "Ward 3 at nine" } });
  expect(pick(await firstConversation(owner), "unreadCount")).toBe(0);
  expect((await doctor.request(`/api/conversations/${id}/read`, { json: {} })).status).toBe(204);
  expect(await firstConversation(doctor)).toMatchObject({ id, unread: false, unreadCount: 0 });
});

async function firstConversation(client: TestClient): Promise<unknown> {
  const body = (await client.request("/api/conversations")).body;
  return Array.isArray(body) ? body[0] : undefined;
}

test("answers 404 for a non-UUID id, 403 for a non-participant, 400 for an empty message", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const doctor = await signedInAs(api, seed, "doctor");
  const lab = await signedInAs(api, seed, "lab");
  const id = field((await owner.request("/api/conversations", { json: { participantIds: [await userIdOf(doctor)] } })).body, "id");
  expect(await owner.request("/api/conversations/nope/messages")).toMatchObject({ status: 404, body: { error: temetroMessage("CONVERSATION_NOT_FOUND") } });
  expect(await lab.request(`/api/conversations/${id}/messages`)).toMatchObject({ status: 403, body: { error: temetroMessage("NOT_A_PARTICIPANT") } });
  expect(await owner.request(`/api/conversations/${id}/messages`, { json: { body: "   " } })).toMatchObject({ status: 400, body: { error: temetroMessage("EMPTY_MESSAGE") } });
  expect((await lab.request("/api/conversations/nope/read", { json: {} })).status).toBe(204);
});

test("emits message:new to the conversation room and a notification to the other participant", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const doctorId = await userIdOf(await signedInAs(api, seed, "doctor"));
  const id = field((await owner.request("/api/conversations", { json: { participantIds: [doctorId] } })).body, "id");
  const events: RealtimeEvent[] = [];
  api.onRealtime((event) => events.push(event));
  await owner.request(`/api/conversations/${id}/messages`, { json: { body: "Can you see Mrs. Okafor?" } });
  expect(events).toMatchObject([
    { room: `conv:${id}`, event: "message:new", payload: { conversationId: id, senderName: "Dr. Amina Yusuf", body: "Can you see Mrs. Okafor?", attachments: null } },
    { room: `user:${doctorId}`, event: "notification:new", payload: { type: "message", text: "New message from Dr. Amina Yusuf", entityType: "conversation", entityId: id, actorInitials: "DY", read: false } },
  ]);
});

test("uploads a file, serves it inline to the clinic, and refuses one over 10 MB with 413", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const uploaded = await owner.request("/api/conversations/attachments", { json: { fileName: "referral letter.pdf", mimeType: "application/pdf", size: 11, data: "SGVsbG8gd29ybGQ=" } });
  expect(uploaded).toMatchObject({ status: 201, body: { fileName: "referral letter.pdf", mimeType: "application/pdf", size: 11 } });
  const response = await owner.request(`/api/conversations/attachments/${field(uploaded.body, "attachmentId")}`);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  expect(response.headers.get("content-disposition")).toBe('inline; filename="referral%20letter.pdf"');
  expect(response.text).toBe("Hello world");
  const big = "A".repeat(Math.ceil(((10 * 1024 * 1024 + 1) * 4) / 3));
  const refused = await owner.request("/api/conversations/attachments", { json: { fileName: "scan.tiff", size: 1, data: big } });
  expect(refused).toMatchObject({ status: 413, body: { error: temetroMessage("ATTACHMENT_TOO_LARGE") } });
});
