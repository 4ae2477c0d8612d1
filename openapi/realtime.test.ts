// The Socket.io rules read from the spec, and their validators accept the spec's own examples.
import { expect, test } from "vitest";
import { clientEventValidator, realtime, roomOf, serverEventValidator } from "./realtime.ts";

const message = {
  id: "5d1e8a3c-7b20-4f96-a4c1-2e9b0d6f3a78",
  conversationId: "9a3f1c52-6e0b-4d87-b2a4-71c5e8d0f196",
  senderId: "hT3kQ9vXw2LmN8pR4sYcZ1bF6gJ0aD5e",
  senderName: "Dr. Amina Yusuf",
  body: "Can you move Mrs. Okafor to 3pm?",
  attachments: null,
  createdAt: "2026-11-22T10:02:00.000Z",
};

test("rooms are named user:, org: and conv:", () => {
  expect([roomOf("user", "u1"), roomOf("clinic", "o1"), roomOf("conversation", "c1")]).toEqual(["user:u1", "org:o1", "conv:c1"]);
});

test("the handshake refuses with unauthorized and the CORS origin is the frontend's (D19)", () => {
  expect(realtime.handshake.error).toBe("unauthorized");
  expect(realtime.cors).toMatchObject({ origin: "FRONTEND_URL", decision: "docs/decisions/D19-socket-io-origin.md" });
});

test("message:send acks either ok with a message or a bare refusal", () => {
  const ack = clientEventValidator("message:send", "ack");
  expect(ack.safeParse({ ok: true, message }).success).toBe(true);
  expect(ack.safeParse({ ok: false }).success).toBe(true);
  expect(ack.safeParse({ ok: true }).success).toBe(false);
});

test("conversation:join acks {ok} and rejects anything else", () => {
  const ack = clientEventValidator("conversation:join", "ack");
  expect(ack.safeParse({ ok: false }).success).toBe(true);
  expect(ack.safeParse("ok").success).toBe(false);
});

test("server events validate against the spec's components", () => {
  const notification = {
    id: "7e2b9c41-0d5a-4f36-8b17-c4a9e3d60f25", type: "message", text: "New message from Dr. Amina Yusuf", read: false,
    entityType: "conversation", entityId: message.conversationId, actorName: "Dr. Amina Yusuf", actorInitials: "AY", createdAt: message.createdAt,
  };
  expect(serverEventValidator("message:new").safeParse(message).success).toBe(true);
  expect(serverEventValidator("notification:new").safeParse(notification).success).toBe(true);
  expect(serverEventValidator("notification:new").safeParse(message).success).toBe(false);
});

test("an unknown event is a readable error", () => {
  expect(() => serverEventValidator("call:invite")).toThrow(/Failed to find the Socket.io server event "call:invite"/);
});
