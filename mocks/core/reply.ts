// What a handler answers, and the errors of both families as replies.
import { HttpResponse } from "msw";
import { betterAuthError, temetroError, temetroRouteError } from "#openapi";
import type { BetterAuthErrorCode, PlainTemetroRouteKey, TemetroErrorKey, TemetroMessageValues, TemetroRouteKey } from "#openapi";

export type Reply = {
  status: number;
  /** A JSON body; `undefined` sends no body. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Set-Cookie header values. */
  cookies?: string[];
  /** Raw bytes instead of JSON (a file download); `headers` carry its Content-Type. */
  bytes?: Uint8Array<ArrayBuffer>;
};

/** A reply a handler (or a helper deep inside one) throws to answer at once. */
export class ReplyError extends Error {
  readonly reply: Reply;
  constructor(reply: Reply) {
    // An answer, not a fault: no stack trace is captured (that cost every 401 and 403 more than the rest of its answer).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`reply ${reply.status}`);
    Error.stackTraceLimit = limit;
    this.reply = reply;
  }
}

/** 200 (or another status) with a JSON body. */
export const json = (body: unknown, status = 200, extra: Omit<Reply, "status" | "body"> = {}): Reply => ({ status, body, ...extra });

/** Better Auth's `{code, message}` for a code of the error table. */
export const betterAuthReply = (status: number, code: BetterAuthErrorCode): Reply => ({ status, body: betterAuthError(code) });

/** Throws Better Auth's error for a code. */
export function failBetterAuth(status: number, code: BetterAuthErrorCode): never {
  throw new ReplyError(betterAuthReply(status, code));
}

/** temetro's `{error}` for a key of its error table. */
export function temetroReply(key: TemetroErrorKey): Reply {
  const { status, body } = temetroError(key);
  return { status, body };
}

/** Throws temetro's answer for a key of its table. */
export function refuseTemetro(key: TemetroErrorKey): never {
  throw new ReplyError(temetroReply(key));
}

/** temetro's 400 "Validation failed" with its zod issues as `details` (D40). */
export function temetroValidationReply(details: unknown[]): Reply {
  const { status, body } = temetroError("VALIDATION_FAILED");
  return { status, body: { ...body, details } };
}

/** Throws a route's own message of temetro's table (PATIENT_NOT_FOUND: "Patient not found."), with its status and `{name}`s filled in. */
export function failTemetro<K extends TemetroRouteKey>(key: K, ...values: TemetroMessageValues<K>): never {
  throw new ReplyError(temetroRouteError(key, ...values));
}

/** Throws temetro's answer passing on Better Auth's refusal message, or the fallback's own message when there is none. */
export function failTemetroRelaying(message: unknown, fallback: PlainTemetroRouteKey): never {
  const { status, body } = temetroRouteError(fallback);
  throw new ReplyError({ status, body: typeof message === "string" && message !== "" ? { error: message } : body });
}

/**
 * A Reply as a fetch Response. With cookies, msw's HttpResponse: a browser drops `Set-Cookie` from a
 * constructed Response, and HttpResponse keeps the raw cookies aside for msw's browser cookie jar.
 */
export function toResponse(reply: Reply): Response {
  const headers = new Headers(reply.headers);
  for (const cookie of reply.cookies ?? []) headers.append("set-cookie", cookie);
  let body: BodyInit | null = null;
  if (reply.bytes !== undefined) body = reply.bytes;
  else if (reply.body !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(reply.body);
  }
  const init = { status: reply.status, headers };
  return reply.cookies !== undefined && reply.cookies.length > 0 ? new HttpResponse(body, init) : new Response(body, init);
}
