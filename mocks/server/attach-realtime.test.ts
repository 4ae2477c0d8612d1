// temetro's Socket.io on the standalone mock: cookie-authenticated handshake, rooms, delivery, shutdown.
import { afterEach, expect, test } from "vitest";
import { io, type Socket } from "socket.io-client";
import { createMockApi } from "../create-mock-api.ts";
import type { MockApi, RealtimeEvent } from "../glossary.ts";
import { startMockServer, type MockServer } from "./start-mock-server.ts";

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A mock whose real-time bus the test drives, and whose sessions land in clinic `org-1`. */
async function startWithBus(): Promise<{ server: MockServer; emit(event: RealtimeEvent): void }> {
  const api = await createMockApi({ log: () => {} });
  const listeners = new Set<(event: RealtimeEvent) => void>();
  const driven: MockApi = {
    ...api,
    onRealtime: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    async resolveSession(headers) {
      const found = await api.resolveSession(headers);
      return found === null ? null : { ...found, session: { ...found.session, activeOrganizationId: "org-1" } };
    },
  };
  const server = await startMockServer({ port: 0, api: driven, log: () => {} });
  cleanups.push(() => server.close());
  return { server, emit: (event) => listeners.forEach((listener) => listener(event)) };
}

async function signUp(server: MockServer): Promise<{ cookie: string; userId: string }> {
  const response = await fetch(`${server.url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { origin: "http://localhost:3000", "content-type": "application/json" },
    body: JSON.stringify({ name: "Ada", email: "ada@example.com", password: "correct-horse-battery" }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const found = await server.api.resolveSession(new Headers({ cookie }));
  return { cookie, userId: found?.user.id ?? "" };
}

function connect(server: MockServer, cookie?: string): Socket {
  const socket = io(server.url, { transports: ["websocket", "polling"], reconnection: false, extraHeaders: cookie === undefined ? {} : { cookie } });
  cleanups.push(() => socket.disconnect());
  return socket;
}

const connected = (socket: Socket) =>
  new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });

const nextEvent = (socket: Socket, event: string) => new Promise<unknown>((resolve) => socket.once(event, resolve));

test("a handshake without a session cookie fails with unauthorized", async () => {
  const { server } = await startWithBus();
  await expect(connected(connect(server))).rejects.toThrow("unauthorized");
});

test("a handshake with a stale session cookie fails with unauthorized", async () => {
  const { server } = await startWithBus();
  await expect(connected(connect(server, "better-auth.session_token=forged.signature"))).rejects.toThrow("unauthorized");
});

test("a signed-in socket receives events for its user room and its clinic room, not for others", async () => {
  const { server, emit } = await startWithBus();
  const { cookie, userId } = await signUp(server);
  const socket = connect(server, cookie);
  await connected(socket);
  const received: unknown[] = [];
  socket.on("notification:new", (payload) => received.push(payload));
  const delivered = nextEvent(socket, "done");
  emit({ room: "user:someone-else", event: "notification:new", payload: { id: "not-mine" } });
  emit({ room: "org:org-2", event: "notification:new", payload: { id: "other-clinic" } });
  emit({ room: `user:${userId}`, event: "notification:new", payload: { id: "mine" } });
  emit({ room: "org:org-1", event: "notification:new", payload: { id: "my-clinic" } });
  emit({ room: `user:${userId}`, event: "done", payload: null });
  await delivered;
  expect(received).toEqual([{ id: "mine" }, { id: "my-clinic" }]);
});

test("clinic events about an unknown conversation acknowledge {ok:false}", async () => {
  const { server } = await startWithBus();
  const socket = connect(server, (await signUp(server)).cookie);
  await connected(socket);
  expect(await socket.timeout(2000).emitWithAck("conversation:join", "c0ffee00-0000-4000-8000-000000000000")).toEqual({ ok: false });
  expect(await socket.timeout(2000).emitWithAck("message:send", { conversationId: "x", body: "hi" })).toEqual({ ok: false });
});

test("close() disconnects every socket as a server-side disconnect", async () => {
  const { server } = await startWithBus();
  const socket = connect(server, (await signUp(server)).cookie);
  await connected(socket);
  const reason = nextEvent(socket, "disconnect");
  await server.close();
  expect(await reason).toBe("io server disconnect");
});
