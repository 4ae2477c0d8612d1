// The page mocks/browser.browser.test.ts bundles: starts the worker, signs up, reads the session,
// connects Socket.io and signs out against the API at `?api=<origin>` (this page's origin when absent),
// and reports what it saw as `window.__result`.
import type { Socket } from "socket.io-client";
import { createMockApi, createMockWorker } from "./browser.ts";
import type { MockApi, RealtimeEvent } from "./glossary.ts";

type Step = { status: number; body: unknown };

const apiOrigin = new URL(location.href).searchParams.get("api") ?? location.origin;

async function call(path: string, init: RequestInit = {}): Promise<Step> {
  const response = await fetch(`${apiOrigin}${path}`, { credentials: "include", ...init });
  const text = await response.text();
  return { status: response.status, body: text === "" ? null : JSON.parse(text) };
}

const post = (path: string, body: unknown) => call(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** "connected" or the connect_error message. */
const connection = (socket: Socket) =>
  new Promise<string>((resolve) => {
    socket.once("connect", () => resolve("connected"));
    socket.once("connect_error", (error) => resolve(error.message));
  });

async function run(): Promise<Record<string, unknown>> {
  // A mock whose real-time bus the page drives, as no handler emits events yet.
  const base = await createMockApi({ baseUrl: apiOrigin, log: () => {} });
  const listeners = new Set<(event: RealtimeEvent) => void>();
  const api: MockApi = { ...base, onRealtime: (listener) => (listeners.add(listener), () => listeners.delete(listener)) };
  const { start } = await createMockWorker({ api, baseUrl: apiOrigin });
  await start({ quiet: true });
  // socket.io-client keeps the WebSocket class it finds when loaded, so it is loaded after start().
  const { io } = await import("socket.io-client");
  const open = () => io(apiOrigin, { transports: ["websocket", "polling"], withCredentials: true, reconnection: false });

  const anonymousSocket = await connection(open());
  const signUp = await post("/api/auth/sign-up/email", { name: "Ada", email: "ada@example.com", password: "correct-horse-battery" });
  const session = await call("/api/auth/get-session");
  const documentCookie = document.cookie;
  const jar = localStorage.getItem("__msw-cookie-store__") ?? "";

  const socket = open();
  const signedInSocket = await connection(socket);
  const joinAck: unknown = await socket.timeout(2000).emitWithAck("conversation:join", "c0ffee00-0000-4000-8000-000000000000");
  const received: unknown[] = [];
  socket.on("notification:new", (payload) => received.push(payload));
  const userId = signUp.body !== null && typeof signUp.body === "object" && "user" in signUp.body ? Reflect.get(Object(signUp.body.user), "id") : "";
  const done = new Promise((resolve) => socket.once("done", resolve));
  for (const [room, event, payload] of [["user:someone-else", "notification:new", "not-mine"], [`user:${userId}`, "notification:new", "mine"], [`user:${userId}`, "done", null]]) {
    listeners.forEach((listener) => listener({ room: String(room), event: String(event), payload }));
  }
  await done;
  socket.disconnect();

  const signOut = await post("/api/auth/sign-out", {});
  const afterSignOut = await call("/api/auth/get-session");
  const passthrough = (await fetch("/not-an-api-path.txt")).status;
  return { signUp, session, documentCookie, jar, anonymousSocket, signedInSocket, joinAck, received, signOut, afterSignOut, passthrough };
}

Object.assign(window, { __result: run().catch((error: unknown) => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) })) });
