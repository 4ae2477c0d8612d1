// Where the reference's routes send real-time events. The routes exist before the HTTP server does,
// so they emit into a hub, and Socket.io (attached once the server listens) drains it into rooms.
import type { Realtime } from "../clinic/notify-user.ts";

export type RealtimeHub = Realtime & {
  /** Sends every later event to `sink` as well (a Socket.io server's `to(room).emit`); returns the undo. */
  connect(sink: Realtime): () => void;
};

/** A hub that forwards to `also` (a test's recorder) and to every connected sink. */
export function createRealtimeHub(also?: Realtime): RealtimeHub {
  const sinks = new Set<Realtime>(also === undefined ? [] : [also]);
  return {
    emit(room, event, payload) {
      for (const sink of sinks) sink.emit(room, event, payload);
    },
    connect(sink) {
      sinks.add(sink);
      return () => void sinks.delete(sink);
    },
  };
}
