// What an operation handler receives and returns, untyped for the pipeline and typed by operationId for handlers.
import type { Operation } from "#openapi";
import type { MockContext } from "./context.ts";
import type { OperationId, PathParamsOf, QueryNameOf, RequestBodyOf } from "./operation-types.ts";
import type { Reply } from "./reply.ts";
import type { SessionLookup } from "./sessions.ts";
import type { MockRequest } from "./mock-request.ts";
import type { MemberRecord } from "./store.ts";

export type Call = {
  ctx: MockContext;
  operation: Operation;
  request: MockRequest;
  url: URL;
  params: Record<string, string>;
  /** The JSON body, already validated against the operation's request schema (undefined when none). */
  body: unknown;
  clientIp: string;
  /** The caller's session; never null when the operation's x-rules say `session: required`. */
  session: SessionLookup | null;
  /** temetro routes with `activeClinic: required`: the caller's member row in the active clinic. */
  member: MemberRecord | null;
};

/** One operation's behaviour, after the pipeline applied its rules. */
export type OperationHandler = (call: Call) => Promise<Reply> | Reply;

/** The same call as one operation's handler sees it: its body and path parameters typed from the spec. */
export type TypedCall<K extends OperationId> = Omit<Call, "operation" | "body" | "params"> & {
  operation: Operation & { operationId: K };
  body: RequestBodyOf<K>;
  params: PathParamsOf<K>;
};

/** The session of a call whose rules require one. */
export function requireSession(call: Call): SessionLookup {
  if (call.session === null) throw new Error(`Failed to run ${call.operation.operationId}: no session, but x-rules.session is not "required".`);
  return call.session;
}

/** A query parameter the operation declares, as sent (null when absent). */
export function queryParam<K extends OperationId>(call: TypedCall<K>, name: QueryNameOf<K>): string | null {
  return call.url.searchParams.get(name);
}
