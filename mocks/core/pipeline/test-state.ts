// For the stage tests: a mock context of their own, the state of a request to an operation, and a
// signed-in member of a clinic to send it as, written straight into the store (no handler involved).
import { getOperation, matchOperation } from "#openapi";
import { createClock, isoNow } from "../clock.ts";
import { resolveConfig } from "../config.ts";
import type { MockContext } from "../context.ts";
import { generateId } from "../ids.ts";
import { createOutbox } from "../outbox.ts";
import { createRateLimiter } from "../rate-limiter.ts";
import { createRealtime } from "../realtime.ts";
import { cookiesForSession, createSession } from "../sessions.ts";
import { createStore, type MemberRecord, type SessionRecord } from "../store.ts";
import { createState, type PipelineState } from "./stage.ts";

export const TRUSTED_ORIGIN = "http://localhost:3000";
export const FOREIGN_ORIGIN = "https://evil.example";

/** A context like a fresh mock's, silent. */
export function testContext(): MockContext {
  const clock = createClock();
  const config = resolveConfig({ log: () => {} });
  return { config, clock, store: createStore(), outbox: createOutbox(clock, config.log), rateLimiter: createRateLimiter(clock), realtime: createRealtime(), log: config.log };
}

/** The state of a request to an operation, before any stage: `path` defaults to the operation's, `json` becomes the body. */
export function testState(ctx: MockContext, operationId: string, init: { path?: string; headers?: Record<string, string>; json?: unknown; text?: string } = {}): PipelineState {
  const operation = getOperation(operationId);
  const path = init.path ?? operation.path;
  const headers = new Headers(init.headers);
  if (init.json !== undefined) headers.set("content-type", "application/json");
  const body = init.json === undefined ? init.text : JSON.stringify(init.json);
  const request = new Request(`${ctx.config.baseUrl}${path}`, { method: operation.method.toUpperCase(), headers, body });
  return createState(ctx, operation, request, matchOperation(request.method, path)?.params ?? {});
}

/** A user holding `role` in a clinic, signed in there: the Cookie header a browser would send. */
export async function signedInMember(ctx: MockContext, role = "owner"): Promise<{ cookie: string; member: MemberRecord; session: SessionRecord }> {
  const now = isoNow(ctx.clock);
  const id = generateId();
  const user = await ctx.store.users.create({ id, name: `User ${id}`, email: `${id}@clinic.example`, emailVerified: false, createdAt: now, updatedAt: now });
  const member = await ctx.store.members.create({ id: generateId(), organizationId: generateId(), userId: user.id, role, createdAt: now });
  const session = await createSession(ctx, user.id, { ipAddress: null, userAgent: null });
  const cookie = (await cookiesForSession(ctx, session, new Headers())).map((setCookie) => setCookie.slice(0, setCookie.indexOf(";"))).join("; ");
  return { cookie, member, session };
}
