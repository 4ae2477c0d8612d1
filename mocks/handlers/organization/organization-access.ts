// What the organization routes share: the clinic a call addresses, and the permission check read
// from the operation's x-rules (a permission over the role matrix, refused with x-rules.denied),
// so no route spells out who may do what.
import { hasPermission, isRecord } from "#openapi";
import { requireSession, type Call } from "../../core/call.ts";
import { betterAuthReply, ReplyError } from "../../core/reply.ts";

/**
 * The clinic a call addresses: the body's organizationId (the query's, for a GET), else the
 * session's active clinic as the session was read (through the cookie cache); null for neither.
 */
export function organizationIdOf(call: Call): string | null {
  const named = call.operation.method === "get" ? call.url.searchParams.get("organizationId") : isRecord(call.body) ? call.body.organizationId : undefined;
  if (typeof named === "string" && named !== "") return named;
  return requireSession(call).session.activeOrganizationId ?? null;
}

/** Throws the operation's x-rules.denied unless the role string holds its x-rules.permission. */
export function requirePermission(call: Call, role: string): void {
  const { permission, denied } = call.operation.rules;
  if (permission === undefined || denied === undefined) {
    throw new Error(`Failed to check the permission of ${call.operation.operationId}: its x-rules name no permission and denial. Add them to the spec.`);
  }
  if (!hasPermission(role, permission)) throw new ReplyError(betterAuthReply(denied.status, denied.code));
}

/**
 * Throws Better Auth's code-less error (APIError.fromStatus): `{message}`, or no body at all, which
 * Better Auth still labels `Content-Type: application/json` (a client that parses it as JSON fails).
 */
export function failWithMessage(status: number, message?: string): never {
  throw new ReplyError(message === undefined ? { status, headers: { "content-type": "application/json" } } : { status, body: { message } });
}
