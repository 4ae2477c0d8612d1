// The links Better Auth builds and follows: URLs under the deployment's /api/auth, redirects to
// callback URLs, and the checks on the query of its GET links.
import type { Call, TypedCall } from "../core/call.ts";
import type { MockContext } from "../core/context.ts";
import type { EmptyReply, OperationId, QueryNameOf } from "../core/operation-types.ts";
import { failBetterAuth, ReplyError } from "../core/reply.ts";
import { isTrustedUrl, trustedOriginsFor } from "../core/trusted-origins.ts";

/** Stands in for the origin of a root-relative URL while its query is edited. */
const PLACEHOLDER_ORIGIN = "http://relative.invalid";

/** An absolute URL below the deployment's /api/auth (Better Auth's baseURL). */
export const authUrl = (ctx: MockContext, path: string): string => `${ctx.config.baseUrl}/api/auth${path}`;

/** A 302 to a URL, with cookies when the redirect also signs in. */
export const redirectTo = (location: string, cookies?: string[]): EmptyReply<302> => ({ status: 302, headers: { location }, ...(cookies ? { cookies } : {}) });

/** A URL resolved against the deployment (as `new URL(url, baseURL)`), with query parameters set. */
export function resolveWithQuery(ctx: MockContext, url: string, params: Record<string, string>): string {
  const resolved = new URL(url, authUrl(ctx, ""));
  for (const [key, value] of Object.entries(params)) resolved.searchParams.set(key, value);
  return resolved.href;
}

/** A URL with query parameters appended; a root-relative URL stays relative (Better Auth's appendQueryParams). */
export function appendQuery(url: string, params: Record<string, string>): string {
  const relative = url.startsWith("/");
  const parsed = new URL(url, relative ? PLACEHOLDER_ORIGIN : undefined);
  const query = new URLSearchParams(params).toString();
  parsed.search = parsed.search ? `${parsed.search}&${query}` : query;
  return relative ? parsed.href.slice(parsed.origin.length) : parsed.href;
}

/** Refuses a callbackURL off the trusted origins (relative paths pass), as Better Auth's originCheck does on GET links. */
export function assertTrustedCallback(call: Call, callbackURL: string | undefined): void {
  if (!callbackURL) return;
  if (!isTrustedUrl(trustedOriginsFor(call.ctx.config, call.request.headers), callbackURL, true)) failBetterAuth(403, "INVALID_CALLBACK_URL");
}

/** A required query parameter the operation declares, or Better Auth's 400 VALIDATION_ERROR naming it. */
export function requiredQuery<K extends OperationId>(call: TypedCall<K>, name: QueryNameOf<K>): string {
  const value = call.url.searchParams.get(name);
  if (value !== null) return value;
  throw new ReplyError({ status: 400, body: { code: "VALIDATION_ERROR", message: `[query.${name}] Invalid input: expected string, received undefined` } });
}
