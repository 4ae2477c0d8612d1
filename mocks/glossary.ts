// Public types of the mock: what `createMockApi` takes and gives.
import type { HttpHandler } from "msw";
import type { components } from "#openapi";
import type { MockAnswer, MockRequest } from "./core/mock-request.ts";

export type { MockAnswer, MockRequest };

export type OutboxMessage = components["schemas"]["OutboxMessage"];

/** Time as the mock sees it: real time plus an offset that tests and users move. */
export type Clock = {
  now(): number;
  /** Moves time forward; sessions, cookie caches, rate-limit windows and invitations age at once. */
  advance(ms: number): void;
  set(epochMs: number): void;
};

export type MockOptions = {
  /** Where the mock says it lives. Over https cookies get `Secure` and the `__Secure-` prefix. Default http://localhost:4000. */
  baseUrl?: string;
  /** The frontend's origin (temetro's FRONTEND_URL): trusted, and the invitation links point there. Default http://localhost:3000. */
  frontendUrl?: string;
  /** More trusted origins (temetro's TRUSTED_ORIGINS; `*` trusts all). Localhost and LAN origins are always trusted, as temetro does. */
  trustedOrigins?: string[];
  clock?: Clock;
  /**
   * A named scenario to start from: "demo" (a clinic with one user per role, and a week of patients,
   * appointments, prescriptions, tasks and conversations dated from the clock) or "empty" (default).
   */
  seed?: "demo" | "empty";
  /** Signs the cookies. Default: a fixed development secret. */
  secret?: string;
  /** Where the outbox prints each email it "sends". Default console.log; pass () => {} to silence. */
  log?: (line: string) => void;
};

export type SeedUser = { role: string; name: string; email: string; username: string; password: string };
/** How many records of each kind a seeded clinic starts with ("today" by the mock's clock, in UTC). */
export type SeedRecords = {
  patients: number;
  appointments: number;
  appointmentsToday: number;
  prescriptions: number;
  tasks: number;
  conversations: number;
  messages: number;
};
export type SeedInfo = { clinic: { id: string; name: string; slug: string }; users: SeedUser[]; records?: SeedRecords };

/** The session a request's cookies carry, as temetro's requireAuth and the Socket.io handshake see it. */
export type ResolvedSession = {
  session: components["schemas"]["Session"];
  user: components["schemas"]["User"];
};

/** Real-time events the mock emits to Socket.io rooms (`user:<id>`, `org:<id>`, `conv:<id>`). */
export type RealtimeEvent = { room: string; event: string; payload: unknown };

export type ConversationMessage = components["schemas"]["ConversationMessage"];

/** What the Socket.io servers ask of the mock's conversations (temetro's realtime.ts calls the same services as its REST routes). */
export type MockMessaging = {
  /** Whether a user takes part in a conversation (of any clinic: `conversation:join` does not check it). */
  isParticipant(conversationId: string, userId: string): boolean;
  /** Sends as `sender` in their clinic and delivers it; rejects where POST /api/conversations/{id}/messages would refuse. */
  send(sender: { organizationId: string; userId: string; name: string }, conversationId: string, body: string, attachments: unknown[] | undefined): Promise<ConversationMessage>;
  /** Marks a conversation read for a participant; anything else is silently nothing. */
  markRead(userId: string, conversationId: string): void;
};

export type MockApi = {
  /** msw request handlers, one per operation of the contract, for setupServer / setupWorker. */
  handlers: HttpHandler[];
  /** Hands a request straight to the handlers (no network, no interception). */
  fetch(request: Request): Promise<Response>;
  /**
   * Answers a request an operation of the contract takes without building a fetch Request or
   * Response (the standalone server's path); undefined for any other request, which `fetch` answers.
   */
  answer(request: MockRequest): Promise<MockAnswer | undefined>;
  clock: Clock;
  outbox: { list(to?: string): OutboxMessage[]; clear(): void };
  /** Resolves the session of a set of request headers (cookies), cookie cache included. */
  resolveSession(headers: Headers): Promise<ResolvedSession | null>;
  /** Subscribes to real-time events; returns the unsubscribe function. */
  onRealtime(listener: (event: RealtimeEvent) => void): () => void;
  /** The conversation actions behind the Socket.io client events. */
  messaging: MockMessaging;
  /** Empties every collection, the outbox and the rate-limit counters, then applies the seed again. */
  reset(): Promise<void>;
  /** The seeded scenario's clinic and credentials, or null for "empty". */
  seed(): SeedInfo | null;
};
