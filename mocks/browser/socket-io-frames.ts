// The few Engine.IO / Socket.IO v4 text frames the in-tab Socket.io speaks (main namespace, JSON only):
// written here instead of taking @mswjs/socket.io-binding, which peers on msw 2.

/** Engine.IO's open packet: ping every 25 s, the client waits 5 s more, no transport upgrade. */
export const OPEN_FRAME = `0${JSON.stringify({ sid: "mock", upgrades: [], pingInterval: 25_000, pingTimeout: 5_000 })}`;
export const PING_FRAME = "2";
export const PING_MS = 25_000;
/** Socket.IO CONNECT on the main namespace: the handshake is accepted. */
export const CONNECT_FRAME = `40${JSON.stringify({ sid: "mock" })}`;

/** Socket.IO CONNECT_ERROR: the client fires `connect_error` with this message, then closes. */
export function connectErrorFrame(message: string): string {
  return `44${JSON.stringify({ message })}`;
}

/** Socket.IO EVENT from the server. */
export function eventFrame(event: string, payload: unknown): string {
  return `42${JSON.stringify([event, payload])}`;
}

/** Socket.IO ACK of a client event that asked for one. */
export function ackFrame(ackId: string, response: unknown): string {
  return `43${ackId}${JSON.stringify([response])}`;
}

/** A Socket.IO EVENT on the main namespace, with an optional ack id: `42` `<id>` `[name, payload]`. */
const EVENT = /^42(\d*)(\[[\s\S]*\])$/;

/** Reads a client EVENT frame; anything else (pongs, binary, malformed JSON) is null. */
export function parseEventFrame(data: unknown): { name: string; payload: unknown; ackId: string } | null {
  const match = typeof data === "string" ? EVENT.exec(data) : null;
  if (match === null) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(match[2] ?? "[]");
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || typeof decoded[0] !== "string") return null;
  return { name: decoded[0], payload: decoded[1], ackId: match[1] ?? "" };
}
