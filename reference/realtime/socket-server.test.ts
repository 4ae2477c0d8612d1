// Socket.io on the reference: the handshake by Better Auth's session cookie, the user room, and the
// hub that carries the routes' events (to a test's recorder too) into rooms.
import { io } from "socket.io-client";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startTestReference, TEST_FRONTEND, type TestReference } from "../testing/start-test-reference.ts";
import { createRealtimeHub } from "./realtime-hub.ts";

const FRONTEND = TEST_FRONTEND;
const recorded: Array<{ room: string; event: string }> = [];
let running: TestReference;
let base: string;

beforeAll(async () => {
  running = await startTestReference({
    secret: "reference-socket-test-secret-0123456789abcdef",
    realtime: { emit: (room, event) => void recorded.push({ room, event }) },
    realtimeServer: true,
  });
  base = running.base;
}, 60_000);

afterAll(async () => {
  await running?.close();
});

function connect(cookie?: string) {
  const socket = io(base, { transports: ["websocket"], reconnection: false, forceNew: true, extraHeaders: cookie === undefined ? {} : { cookie } });
  return new Promise<{ socket: typeof socket; error?: string }>((resolve) => {
    socket.once("connect", () => resolve({ socket }));
    socket.once("connect_error", (error) => resolve({ socket, error: error.message }));
  });
}

test("a hub forwards each event to its recorder and to every connected sink until disconnected", () => {
  const seen: string[] = [];
  const hub = createRealtimeHub({ emit: (room) => void seen.push(`recorder ${room}`) });
  const disconnect = hub.connect({ emit: (room) => void seen.push(`sink ${room}`) });
  hub.emit("user:a", "notification:new", {});
  disconnect();
  hub.emit("user:b", "notification:new", {});
  expect(seen).toEqual(["recorder user:a", "sink user:a", "recorder user:b"]);
});

test("refuses a handshake without a session cookie with unauthorized", async () => {
  const { socket, error } = await connect();
  socket.disconnect();
  expect(error).toBe("unauthorized");
});

/** A JSON request with the trusted Origin and a client IP of its own; answers the status, the body and the cookies it set. */
async function call(path: string, options: { json?: unknown; cookie?: string; ip: string }) {
  const headers: Record<string, string> = { origin: FRONTEND, "x-forwarded-for": options.ip };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.json !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${base}${path}`, { method: options.json === undefined ? "GET" : "POST", headers, body: JSON.stringify(options.json) });
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  return { status: response.status, body: Object(await response.json()), cookie };
}

test("a message sent over REST reaches the recipient's socket in its user room, and the recorder", async () => {
  const owner = await call("/api/auth/sign-up/email", { json: { name: "Ada Obi", email: "ada.socket@example.test", password: "correct-horse-battery" }, ip: "198.51.100.71" });
  const clinic = await call("/api/auth/organization/create", { json: { name: "Socket Clinic", slug: "socket-clinic" }, cookie: owner.cookie, ip: "198.51.100.71" });
  const active = await call("/api/auth/organization/set-active", { json: { organizationId: clinic.body.id }, cookie: owner.cookie, ip: "198.51.100.71" });
  const staff = await call("/api/staff", { json: { name: "Grace Mensah", username: "grace_socket", password: "correct-horse-battery-1", role: "doctor" }, cookie: active.cookie, ip: "198.51.100.71" });
  expect(staff.status).toBe(201);
  const grace = await call("/api/auth/sign-in/username", { json: { username: "grace_socket", password: "correct-horse-battery-1" }, ip: "198.51.100.72" });
  const { socket, error } = await connect(grace.cookie);
  expect(error).toBeUndefined();
  const notified = new Promise((resolve) => socket.once("notification:new", resolve));
  const conversation = await call("/api/conversations", { json: { participantIds: [staff.body.userId] }, cookie: active.cookie, ip: "198.51.100.71" });
  expect(await socket.timeout(2000).emitWithAck("conversation:join", conversation.body.id)).toEqual({ ok: true });
  expect(await socket.timeout(2000).emitWithAck("conversation:join", crypto.randomUUID())).toEqual({ ok: false });
  recorded.length = 0;
  await call(`/api/conversations/${conversation.body.id}/messages`, { json: { body: "Ward 3 at nine" }, cookie: active.cookie, ip: "198.51.100.71" });
  expect(await notified).toMatchObject({ type: "message", text: "New message from Ada Obi", entityId: conversation.body.id });
  expect(recorded).toEqual([{ room: `conv:${conversation.body.id}`, event: "message:new" }, { room: `user:${staff.body.userId}`, event: "notification:new" }]);
  socket.disconnect();
});
