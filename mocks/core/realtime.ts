// The mock's real-time event bus: handlers emit to rooms, the Socket.io bridge delivers.
import type { RealtimeEvent } from "../glossary.ts";

export type Realtime = {
  emit(room: string, event: string, payload: unknown): void;
  subscribe(listener: (event: RealtimeEvent) => void): () => void;
};

/** A synchronous fan-out to every subscriber. */
export function createRealtime(): Realtime {
  const listeners = new Set<(event: RealtimeEvent) => void>();
  return {
    emit(room, event, payload) {
      for (const listener of listeners) listener({ room, event, payload });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
