// What a contract runs against. A contract never asks which runner it is under: it gets a Target,
// makes actors (each with its own cookie jar) and asks the target for named states.
import type { components, ContractDocument } from "#openapi";

/** An email the target sent, as its test mailbox (GET /__dev/outbox) lists it. */
export type OutboxMessage = components["schemas"]["OutboxMessage"];

/** One exchange, kept so a failing check can show what was sent and what came back. */
export type Exchange = {
  /** The label of the actor that sent it. */
  actor: string;
  request: { method: string; path: string; headers: Record<string, string>; body?: unknown };
  /**
   * The operation the response is checked against: the one named in RequestOptions, else the one
   * matching method and path; null when the request addresses no operation of the contract.
   */
  operationId: string | null;
  status: number;
  headers: Headers;
  /** Every Set-Cookie header of the response, raw. */
  setCookies: string[];
  /** The parsed JSON body, or the text when it is not JSON, or null when empty. */
  body: unknown;
  text: string;
  durationMs: number;
};

export type RequestOptions = {
  method?: string;
  /** A JSON body (serialised, with Content-Type: application/json). */
  json?: unknown;
  /** A raw body, sent as is (for malformed-JSON checks), with Content-Type: application/json unless headers say otherwise. */
  body?: string;
  /** Extra headers; `null` drops a header the actor would send by default (content-type, origin). */
  headers?: Record<string, string | null>;
  /** The Origin header: defaults to the target's trusted frontend origin on non-GET requests; null sends none. */
  origin?: string | null;
  /** The operation to check the response against, when matching by method and path is not enough; null checks nothing. */
  operationId?: string | null;
};

/** A client with its own cookie jar and its own client IP (X-Forwarded-For). */
export type Actor = {
  readonly label: string;
  readonly clientIp: string;
  request(path: string, options?: RequestOptions): Promise<Exchange>;
  /** The cookie header this actor would send to `path` now. */
  cookieHeader(path?: string): Promise<string>;
  /** Drops cookies by name (or all), as a browser whose cookie expired would. */
  forgetCookies(names?: string[]): Promise<void>;
  /** A second actor holding a copy of this one's cookies (a stolen or synced jar), with a client IP of its own unless given. */
  copy(options?: { label?: string; clientIp?: string }): Promise<Actor>;
  /** This actor's cookies as text, for another process: `target.actor(label, { cookies })` makes an actor holding them. */
  saveCookies(): Promise<SavedCookies>;
};

/** An actor's cookie jar as JSON text (tough-cookie's serialised jar): every cookie with its attributes. */
export type SavedCookies = string;

/** How to make an actor: a client IP of its own unless given, an empty jar unless saved cookies are given. */
export type ActorOptions = { clientIp?: string; cookies?: SavedCookies };

export type TargetCapabilities = {
  /** The target's clock can be moved (the mock: POST /__dev/clock or in-process). */
  clock: boolean;
  /** Emails can be read (the mock's outbox, or a deployment's test mailbox). */
  mailbox: boolean;
  /** Rate-limit buckets can be isolated per actor with X-Forwarded-For (and that trust is a security advisory). */
  forwardedForTrusted: boolean;
  /** Safe mode: namespaced data, cleaned up at the end, no rate-limit exhaustion. */
  safe: boolean;
};

export type Target = {
  readonly name: string;
  readonly kind: "in-process" | "url";
  readonly baseUrl: string;
  /** The trusted frontend origin the target was configured with (FRONTEND_URL). */
  readonly frontendOrigin: string;
  readonly capabilities: TargetCapabilities;
  /** The contract its answers are checked against: the profile's document. */
  readonly document: ContractDocument;
  actor(label: string, options?: ActorOptions): Actor;
  /** Emails sent to an address, oldest first; only when capabilities.mailbox. */
  mailbox(to: string): Promise<OutboxMessage[]>;
  /** Moves the target's clock; only when capabilities.clock. */
  advanceClock(ms: number): Promise<void>;
  /** Moves the target's clock back, as the harness does after a check that moved it; only when capabilities.clock. */
  rewindClock(ms: number): Promise<void>;
  /** Calls `listener` with every exchange any of its actors completes; returns the unsubscribe function. */
  onExchange(listener: (exchange: Exchange) => void): () => void;
  /**
   * The origin whose `/socket.io` serves the target's Socket.io: its base URL, or for the in-process
   * mock a local server started on first use. A socket authenticates with `actor.cookieHeader()`.
   */
  realtimeUrl(): Promise<string>;
  /**
   * Resolves once every Socket.io event the target sent before the call has reached its sockets, so a
   * check can tell that an event is not coming: the in-process mock knows (a round trip on each of
   * its sockets); over a network, after a fixed wait (REALTIME_QUIET_MS).
   */
  realtimeSettled(): Promise<void>;
  close(): Promise<void>;
};
