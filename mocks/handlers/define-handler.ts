// One operation's handler, defined for its operationId: the call's body and path parameters and the
// replies it may give are typed from the spec's generated `operations` (Better Auth's
// createAuthEndpoint infers its handler's body from the endpoint's schema the same way).
import type { OperationHandler, TypedCall } from "../core/call.ts";
import type { OperationId, TypedReply } from "../core/operation-types.ts";

/** A handler as the pipeline runs it, labelled with the operation it answers. */
export type Handler<K extends OperationId> = OperationHandler & { readonly operationId: K };

/** Every operation's handler, each under its own operationId: a missing, extra or misplaced one does not compile. */
export type HandlerRegistry = { readonly [K in OperationId]: Handler<K> };

/** Defines the handler of an operation; `handle` sees the call typed for it and must answer one of its responses. */
export function defineHandler<K extends OperationId>(operationId: K, handle: (call: TypedCall<K>) => TypedReply<K> | Promise<TypedReply<K>>): Handler<K> {
  // The one cast from the pipeline's call to the typed one, and why it holds: the pipeline runs this
  // handler only for its operation (the registry keys it by operationId), after validating the body
  // against the operation's request schema (the schema these types are generated from); msw matched
  // the path parameters from the operation's path template.
  const run: OperationHandler = (call) => handle(call as TypedCall<K>);
  return Object.assign(run, { operationId });
}
