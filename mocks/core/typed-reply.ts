// Replies typed by the operation they answer: the status must be one the spec declares for it and
// the body that response's schema. The call passed first names the operation.
import type { TypedCall } from "./call.ts";
import type { BytesReply, BytesStatusOf, EmptyReply, EmptyStatusOf, JsonBodyOf, JsonReply, JsonStatusOf, OperationId, ReplyExtras } from "./operation-types.ts";

/** A JSON reply: a status the operation declares with a JSON body, and that response's body. */
export function respond<K extends OperationId, S extends JsonStatusOf<K>>(_call: TypedCall<K>, status: S, body: JsonBodyOf<K, S>, extras: ReplyExtras = {}): JsonReply<K, S> {
  return { status, body, ...extras };
}

/** A reply without a body (204, a redirect) with a status the operation declares that way. */
export function respondEmpty<K extends OperationId, S extends EmptyStatusOf<K>>(_call: TypedCall<K>, status: S, extras: ReplyExtras = {}): EmptyReply<S> {
  return { status, ...extras };
}

/** Raw bytes (a download) with a status the operation declares with non-JSON content; `headers` carry the Content-Type. */
export function respondBytes<K extends OperationId, S extends BytesStatusOf<K>>(_call: TypedCall<K>, status: S, bytes: Uint8Array<ArrayBuffer>, headers: Record<string, string>): BytesReply<S> {
  return { status, headers, bytes };
}
