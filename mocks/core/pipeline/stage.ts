// What a pipeline stage is: one rule of the real server, applied to a request in progress. A stage
// reads the state, may enrich it (the body read, the session found) and may answer early.
import type { Operation } from "#openapi";
import type { Call } from "../call.ts";
import { clientIpOf } from "../client-ip.ts";
import type { MockContext } from "../context.ts";
import { ReplyError, type Reply } from "../reply.ts";
import type { SessionLookup } from "../sessions.ts";
import type { MemberRecord } from "../store.ts";
import type { MockRequest } from "../mock-request.ts";

/** A request on its way through an operation's stages; each stage fills in what it found. */
export type PipelineState = {
  readonly ctx: MockContext;
  readonly operation: Operation;
  readonly request: MockRequest;
  readonly url: URL;
  readonly params: Record<string, string>;
  readonly clientIp: string;
  /** The JSON body: as read, then as validated (undefined when there is none). */
  body: unknown;
  session: SessionLookup | null;
  member: MemberRecord | null;
  /** Set-Cookie values a stage set (the session look-up's): merged into every later reply, errors included. */
  cookies: string[];
  /** Better Auth's answer to a body fault its route checks itself, due once the middleware has passed. */
  routeCheck: Reply | null;
};

/**
 * One rule of the real server. `run` answers early by returning a Reply (or by a helper inside it
 * throwing a ReplyError: the runner takes both alike), or returns nothing to hand on to the next stage.
 */
export type Stage = {
  /** kebab-case, as the stage's module is named. */
  readonly name: string;
  readonly run: (state: PipelineState) => Promise<Reply | undefined> | Reply | undefined;
};

/** A fresh state for a request to an operation: nothing read, no session, no cookies. */
export function createState(ctx: MockContext, operation: Operation, request: MockRequest, params: Record<string, string>): PipelineState {
  const url = new URL(request.url);
  return { ctx, operation, request, url, params, clientIp: clientIpOf(request.headers), body: undefined, session: null, member: null, cookies: [], routeCheck: null };
}

/** What a handler receives once every stage has passed. */
export function callOf(state: PipelineState): Call {
  const { ctx, operation, request, url, params, body, clientIp, session, member } = state;
  return { ctx, operation, request, url, params, body, clientIp, session, member };
}

/** Runs a stage (or a handler) and takes a thrown ReplyError as its answer; any other throw goes on. */
export async function settle<T extends Reply | undefined>(run: () => Promise<T> | T): Promise<T | Reply> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ReplyError) return error.reply;
    throw error;
  }
}

/** A stage's answer for a state: the Reply it returned or threw, or undefined to go on. */
export const runStage = (stage: Stage, state: PipelineState): Promise<Reply | undefined> => settle(() => stage.run(state));
