// The Socket.io client events on the standalone demo mock: joining a conversation, sending over the
// socket (acks, message:new, notification:new) and read marks, as temetro's realtime.ts answers them.
import { afterEach, expect, test } from "vitest";
import { io, type Socket } from "socket.io-client";
import { startMockServer, type MockServer } from "../server/start-mock-server.ts";

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Person = { cookie: string; userId: string };

async function signIn(server: MockServer, username: string): Promise<Person> {
  const password = server.api.seed()?.users.find((user) => user.username === username)?.password ?? "";
  const response = await fetch(`${server.url}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { origin: "http://localhost:3000", "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const found = await server.api.resolveSession(new Headers({ cookie }));
  return { cookie, userId: found?.user.id ?? "" };
}

async function post(server: MockServer, person: Person, path: string, json: unknown): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, { method: "POST", headers: { cookie: person.cookie, "content-type": "application/json" }, body: JSON.stringify(json) });
  return response.json();
}

async function connect(server: MockServer, person: Person): Promise<Socket> {
  const socket = io(server.url, { transports: ["websocket"], reconnection: false, extraHeaders: { cookie: person.cookie } });
  cleanups.push(() => socket.disconnect());
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("connect_error", reject));
  return socket;
}

async function demo() {
  const server = await startMockServer({ port: 0, seed: "demo", log: () => {} });
  cleanups.push(() => server.close());
  const [owner, doctor, lab] = await Promise.all(["amina", "leila", "samuel"].map((username) => signIn(server, username)));
  if (owner === undefined || doctor === undefined || lab === undefined) throw new Error("Failed to sign in the demo users.");
  const created = await post(server, owner, "/api/conversations", { participantIds: [doctor.userId] });
  const conversationId = typeof created === "object" && created !== null ? String(Reflect.get(created, "id")) : "";
  return { server, owner, doctor, lab, conversationId };
}

test("conversation:join acks ok for a participant and not for anyone else", async () => {
  const { server, doctor, lab, conversationId } = await demo();
  expect(await (await connect(server, doctor)).timeout(2000).emitWithAck("conversation:join", conversationId)).toEqual({ ok: true });
  expect(await (await connect(server, lab)).timeout(2000).emitWithAck("conversation:join", conversationId)).toEqual({ ok: false });
});

test("message:send acks the message, delivers message:new to the room and notifies the other participant", async () => {
  const { server, owner, doctor, conversationId } = await demo();
  const doctorSocket = await connect(server, doctor);
  await doctorSocket.timeout(2000).emitWithAck("conversation:join", conversationId);
  const delivered = new Promise((resolve) => doctorSocket.once("message:new", resolve));
  const notified = new Promise((resolve) => doctorSocket.once("notification:new", resolve));
  const ack = await (await connect(server, owner)).timeout(2000).emitWithAck("message:send", { conversationId, body: "  Ward 3 at nine " });
  expect(ack).toMatchObject({ ok: true, message: { conversationId, body: "Ward 3 at nine", senderId: owner.userId } });
  expect(await delivered).toEqual(Reflect.get(Object(ack), "message"));
  expect(await notified).toMatchObject({ type: "message", entityType: "conversation", entityId: conversationId, text: "New message from Dr. Amina Yusuf" });
});

test("message:send acks ok:false for an empty body, an unknown conversation and a non-participant", async () => {
  const { server, owner, lab, conversationId } = await demo();
  const ownerSocket = await connect(server, owner);
  expect(await ownerSocket.timeout(2000).emitWithAck("message:send", { conversationId, body: "   " })).toEqual({ ok: false });
  expect(await ownerSocket.timeout(2000).emitWithAck("message:send", { conversationId: crypto.randomUUID(), body: "hi" })).toEqual({ ok: false });
  expect(await (await connect(server, lab)).timeout(2000).emitWithAck("message:send", { conversationId, body: "hi" })).toEqual({ ok: false });
});

test("message:read marks the conversation read without an ack", async () => {
  const { server, owner, doctor, conversationId } = await demo();
  await post(server, owner, `/api/conversations/${conversationId}/messages`, { body: "Are you free?" });
  const doctorSocket = await connect(server, doctor);
  doctorSocket.emit("message:read", conversationId);
  await doctorSocket.timeout(2000).emitWithAck("conversation:join", conversationId);
  const list = await (await fetch(`${server.url}/api/conversations`, { headers: { cookie: doctor.cookie } })).json();
  expect(list).toMatchObject([{ id: conversationId, unreadCount: 0 }]);
});
