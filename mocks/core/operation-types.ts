// Each operation's request and reply types, read by operationId from the spec's generated `operations`.
import type { OperationTypes, paths } from "#openapi";

type Method = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type PathOperation = NonNullable<{ [P in keyof paths]: paths[P][Method] }[keyof paths]>;

/** An operationId of the contract's paths (the generated `operations` also holds the Socket.io events, as webhooks). */
export type OperationId = { [K in keyof OperationTypes]: OperationTypes[K] extends PathOperation ? K : never }[keyof OperationTypes] & string;

type Parameters<K extends OperationId> = OperationTypes[K]["parameters"];
type RequestBody<K extends OperationId> = OperationTypes[K]["requestBody"];
type Responses<K extends OperationId> = OperationTypes[K]["responses"];
type Content<K extends OperationId, S> = S extends keyof Responses<K> ? (Responses<K>[S] extends { content: infer C } ? C : never) : never;

/** The JSON body an operation takes (`| undefined` where it is optional; undefined where it takes none). */
export type RequestBodyOf<K extends OperationId> = [NonNullable<RequestBody<K>>] extends [never]
  ? undefined
  : NonNullable<RequestBody<K>> extends { content: { "application/json": infer B } } ? (undefined extends RequestBody<K> ? B | undefined : B) : undefined;

/** An operation's path parameters by name (none: an empty record). */
export type PathParamsOf<K extends OperationId> = Parameters<K> extends { path: infer P } ? P : Record<string, never>;

type Query<K extends OperationId> = NonNullable<Parameters<K>["query"]>;

/** The names of the query parameters an operation declares. */
export type QueryNameOf<K extends OperationId> = [Query<K>] extends [never] ? never : keyof Query<K> & string;

/** Every status an operation declares. */
export type StatusOf<K extends OperationId> = keyof Responses<K> & number;

/** The statuses an operation answers with a JSON body. */
export type JsonStatusOf<K extends OperationId> = {
  [S in StatusOf<K>]: [Content<K, S>] extends [never] ? never : Content<K, S> extends { "application/json": unknown } ? S : never;
}[StatusOf<K>];

/** The statuses an operation answers without a body (204, a redirect, Better Auth's empty 401). */
export type EmptyStatusOf<K extends OperationId> = { [S in StatusOf<K>]: [Content<K, S>] extends [never] ? S : never }[StatusOf<K>];

/** The statuses an operation answers with raw bytes (a file download). */
export type BytesStatusOf<K extends OperationId> = Exclude<StatusOf<K>, JsonStatusOf<K> | EmptyStatusOf<K>>;

/** The JSON body of one of an operation's responses. */
export type JsonBodyOf<K extends OperationId, S extends JsonStatusOf<K>> = Content<K, S> extends { "application/json": infer B } ? B : never;

/** What a reply may carry beside its status and body. */
export type ReplyExtras = { headers?: Record<string, string>; cookies?: string[] };

/** A reply with one of the operation's JSON responses. */
export type JsonReply<K extends OperationId, S extends JsonStatusOf<K>> = { status: S; body: JsonBodyOf<K, S> } & ReplyExtras;

/** A reply without a body. */
export type EmptyReply<S extends number> = { status: S } & ReplyExtras;

/** A reply of raw bytes; its headers carry the Content-Type. */
export type BytesReply<S extends number> = { status: S; headers: Record<string, string>; bytes: Uint8Array<ArrayBuffer>; cookies?: string[] };

/** Any reply the operation's responses declare: a status of the spec with that response's body. */
export type TypedReply<K extends OperationId> =
  | { [S in JsonStatusOf<K>]: JsonReply<K, S> }[JsonStatusOf<K>]
  | ([EmptyStatusOf<K>] extends [never] ? never : EmptyReply<EmptyStatusOf<K>>)
  | ([BytesStatusOf<K>] extends [never] ? never : BytesReply<BytesStatusOf<K>>);
