import { afterAll, beforeAll, expect, test } from "vitest";
import { io, type Socket } from "socket.io-client";
import { createMockApi, createMockContext } from "#mocks/create-mock-api";
import type { MockContext } from "#mocks/core/context";
import { realtime as rules, roomOf } from "#openapi";
import { localRealtime, type LocalRealtime } from "./in-process-realtime.ts";
import { field, signedUp } from "./testing/test-client.ts";

const FRONTEND = "http://localhost:3000";
let ctx: MockContext;
let local: LocalRealtime;
let socket: Socket;
let userRoom: string;
const received: unknown[] = [];

beforeAll(async () => {
  ctx = createMockContext({ log: () => {} });
  const api = await createMockApi({ log: () => {} }, ctx);
  local = localRealtime(api, FRONTEND);
  const client = await signedUp(api, "listener");
  userRoom = roomOf("user", field((await client.request("/api/auth/get-session")).body, "user.id"));
  socket = io(await local.url(), { path: rules.path, transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders: { origin: FRONTEND, cookie: await client.cookieHeader() } });
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("connect_error", reject));
  socket.onAny((_event: string, payload: unknown) => void received.push(payload));
});

afterAll(async () => {
  socket.disconnect();
  await local.close();
});

test("resolves at once before the server has started", async () => {
  const unstarted = localRealtime(await createMockApi({ log: () => {} }), FRONTEND);
  await expect(unstarted.settled()).resolves.toBeUndefined();
});

test("resolves only once every event the mock emitted before the call has reached the socket", async () => {
  for (let n = 1; n <= 20; n += 1) {
    ctx.realtime.emit(userRoom, "notification:new", { n });
    // Delivery crosses a loopback socket: nothing has arrived yet, so the wait below is what brings it.
    expect(received).toHaveLength(n - 1);
    await local.settled();
    expect(received).toEqual(Array.from({ length: n }, (_, index) => ({ n: index + 1 })));
  }
});
