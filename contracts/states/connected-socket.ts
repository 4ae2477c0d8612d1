// "A socket connected as <actor>": a socket.io-client on the target's Socket.io with the actor's
// session cookies, recording every event it receives; disconnected after the check.
import { io, type Socket } from "socket.io-client";
import { realtime } from "#openapi";
import type { Actor, Target } from "#targets/target";
import { defineState } from "./state.ts";
import type { State } from "./state.ts";

const CONNECT_TIMEOUT_MS = 10_000;
const EVENT_TIMEOUT_MS = 5_000;

export type RealtimeSocket = {
  /** Sends an event and waits for its acknowledgement. */
  emitWithAck(event: string, payload: unknown): Promise<unknown>;
  /** Sends an event that is not acknowledged. */
  emit(event: string, payload: unknown): void;
  /** The first payload of `event` (received already, or to come) that `matches`; rejects after 5 s. */
  next(event: string, matches?: (payload: unknown) => boolean): Promise<unknown>;
  /** Every payload of `event` received so far, oldest first. */
  received(event: string): unknown[];
  close(): void;
};

export type ConnectResult = { connected: true; socket: RealtimeSocket } | { connected: false; error: string };

function wrap(socket: Socket): RealtimeSocket {
  const log: Array<{ event: string; payload: unknown }> = [];
  socket.onAny((event: string, payload: unknown) => void log.push({ event, payload }));
  return {
    emitWithAck: (event, payload) => socket.timeout(EVENT_TIMEOUT_MS).emitWithAck(event, payload),
    emit: (event, payload) => void socket.emit(event, payload),
    received: (event) => log.filter((entry) => entry.event === event).map((entry) => entry.payload),
    next(event, matches = () => true) {
      const seen = log.find((entry) => entry.event === event && matches(entry.payload));
      if (seen !== undefined) return Promise.resolve(seen.payload);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => (socket.offAny(listener), reject(new Error(`Failed to receive "${event}" within ${EVENT_TIMEOUT_MS / 1000} s.`))), EVENT_TIMEOUT_MS);
        const listener = (name: string, payload: unknown) => {
          if (name !== event || !matches(payload)) return;
          clearTimeout(timer);
          socket.offAny(listener);
          resolve(payload);
        };
        socket.onAny(listener);
      });
    },
    close: () => void socket.disconnect(),
  };
}

/** Opens a socket with a Cookie header (none: a handshake without a session); resolves once it connects or is refused. */
export async function connectSocket(target: Target, cookie: string | null): Promise<ConnectResult> {
  const socket = io(await target.realtimeUrl(), {
    path: realtime.path,
    transports: ["websocket"],
    reconnection: false,
    forceNew: true,
    timeout: CONNECT_TIMEOUT_MS,
    extraHeaders: { origin: target.frontendOrigin, ...(cookie === null || cookie === "" ? {} : { cookie }) },
  });
  return new Promise((resolve) => {
    socket.once("connect", () => resolve({ connected: true, socket: wrap(socket) }));
    socket.once("connect_error", (error: Error) => {
      socket.disconnect();
      resolve({ connected: false, error: error.message });
    });
  });
}

/** A socket connected with the actor's cookies; the check fails here when the handshake is refused. */
export function connectedSocket(actor: Actor): State<RealtimeSocket> {
  return defineState(`a socket connected as ${actor.label}`, async (world) => {
    const result = await connectSocket(world.target, await actor.cookieHeader());
    if (!result.connected) throw new Error(`the Socket.io handshake was refused with "${result.error}"`);
    world.cleanup.add(`socket of ${actor.label}`, async () => result.socket.close());
    return result.socket;
  });
}
