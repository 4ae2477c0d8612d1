// Applies an operation's rules in the order the real server does, then runs its handler.
//   Better Auth: rate limit → JSON body → origin check → schema → first-login check → session →
//                the route's own body checks (x-error-codes) → route.
//   temetro:     JSON body (express.json) → requireAuth → requireOrg → path parameters decoded (D37) →
//                requirePermission → schema → route.
import { matchOperation, rateLimitPath, rateLimits, type Operation } from "#openapi";
import type { Call, OperationHandler } from "./call.ts";
import { clientIpOf } from "./client-ip.ts";
import type { MockContext } from "./context.ts";
import { applyPermissionGuard, applyRouterGuards } from "./guards.ts";
import type { MockRequest } from "./mock-request.ts";
import { checkFirstLogin, checkStateChangingRequest } from "./origin-check.ts";
import { betterAuthReply, ReplyError, temetroReply, toResponse, type Reply } from "./reply.ts";
import { readJsonBody, validateBetterAuthBody, validateBody } from "./request-body.ts";
import { clearedSessionCookies } from "./session-cookies.ts";
import { lookupSession, sessionTokenOf } from "./sessions.ts";

/** Better Auth's 429, or null when the request is within its rule. */
export function rateLimitReply(ctx: MockContext, request: MockRequest, pathname: string): Reply | null {
  const authPath = rateLimitPath(pathname);
  if (authPath === undefined) return null;
  const decision = ctx.rateLimiter.consume(clientIpOf(request.headers), authPath);
  if (decision.allowed) return null;
  return {
    status: rateLimits.blocked.status,
    body: { message: rateLimits.blocked.message },
    headers: { [rateLimits.blocked.header]: String(decision.retryAfter) },
  };
}

/**
 * A prepared call; the cookies its session lookup set (a refresh, a renewed cache, or the expiry of a
 * dead token); and the answer to a body fault Better Auth's route checks itself, due before the handler.
 */
type Prepared = { call: Call; sessionCookies: string[]; routeCheck: Reply | null };

/**
 * Better Auth's header merge: a cookie expired later in the response drops the earlier Set-Cookie
 * entries of that name (removeSetCookieEntries); anything else is appended in order.
 */
export function mergeSetCookies(first: string[], second: string[]): string[] {
  const nameOf = (cookie: string) => cookie.slice(0, cookie.indexOf("="));
  const expired = new Set(second.filter((cookie) => /;\s*Max-Age=0(;|$)/i.test(cookie)).map(nameOf));
  return [...first.filter((cookie) => !expired.has(nameOf(cookie))), ...second];
}

/** A boolean query flag as Better Auth's z.coerce.boolean() reads it: any non-empty value is true ("false" too). */
export const queryFlag = (url: URL, name: string): boolean => (url.searchParams.get(name) ?? "") !== "";

async function betterAuthCall(ctx: MockContext, operation: Operation, base: Omit<Call, "body" | "session" | "member">): Promise<Prepared> {
  const { request, url } = base;
  const raw = operation.hasRequestBody ? await readJsonBody(request, "better-auth") : undefined;
  if (operation.rules.originCheck) {
    const failure = checkStateChangingRequest(ctx.config, request.method, request.headers, raw);
    if (failure !== null) throw new ReplyError(betterAuthReply(403, failure.code));
  }
  const { body, routeCheck } = validateBetterAuthBody(operation, raw);
  if (operation.rules.originCheck === "first-login") {
    const failure = checkFirstLogin(ctx.config, request.headers);
    if (failure !== null) throw new ReplyError(betterAuthReply(403, failure.code));
  }
  const session =
    operation.rules.session === "none"
      ? null
      : await lookupSession(ctx, request.headers, {
          cookieCache: operation.rules.cookieCache !== false && !queryFlag(url, "disableCookieCache"),
          disableRefresh: queryFlag(url, "disableRefresh"),
        });
  // getSession expires the cookies of a signed token that names no live session, on every route that reads one.
  const dead = session === null && operation.rules.session !== "none" && (await sessionTokenOf(ctx, request.headers)) !== null;
  const sessionCookies = dead ? clearedSessionCookies(ctx.config, request.headers) : (session?.setCookies ?? []);
  if (operation.rules.session === "required" && session === null) throw new ReplyError({ ...betterAuthReply(401, "UNAUTHORIZED"), cookies: sessionCookies });
  return { call: { ...base, body, session, member: null }, sessionCookies, routeCheck };
}

async function temetroCall(ctx: MockContext, operation: Operation, base: Omit<Call, "body" | "session" | "member">): Promise<Prepared> {
  const raw = operation.hasRequestBody ? await readJsonBody(base.request, "temetro") : undefined;
  const { session, member } = await applyRouterGuards(ctx, operation.rules, base.request.headers);
  // Express decodes a route's parameters when the route matches: after the router's guards, before its own (D37).
  if (matchOperation(base.request.method, base.url.pathname)?.malformed === true) throw new ReplyError(temetroReply("MALFORMED_URL"));
  applyPermissionGuard(operation, member);
  // temetro's server-side getSession: its cookies never reach the client.
  return { call: { ...base, body: validateBody(operation, raw), session, member }, sessionCookies: [], routeCheck: null };
}

async function answer(ctx: MockContext, operation: Operation, handler: OperationHandler, request: MockRequest, params: Record<string, string>): Promise<Reply> {
  const url = new URL(request.url);
  if (operation.family === "better-auth") {
    const limited = rateLimitReply(ctx, request, url.pathname);
    if (limited !== null) return limited;
  }
  const base = { ctx, operation, request, url, params, clientIp: clientIpOf(request.headers) };
  const { call, sessionCookies, routeCheck } = operation.family === "better-auth" ? await betterAuthCall(ctx, operation, base) : await temetroCall(ctx, operation, base);
  const withSessionCookies = (reply: Reply): Reply =>
    sessionCookies.length === 0 ? reply : { ...reply, cookies: mergeSetCookies(sessionCookies, reply.cookies ?? []) };
  try {
    if (routeCheck !== null) throw new ReplyError(routeCheck);
    return withSessionCookies(await handler(call));
  } catch (error) {
    // Better Auth's error responses keep the cookies its session middleware set.
    if (error instanceof ReplyError) throw new ReplyError(withSessionCookies(error.reply));
    throw error;
  }
}

/** Runs one operation for a request: rules, then handler; any other failure is a logged 500 (a bug). */
export async function answerOperation(ctx: MockContext, operation: Operation, handler: OperationHandler, request: MockRequest, params: Record<string, string>): Promise<Reply> {
  try {
    return await answer(ctx, operation, handler, request, params);
  } catch (error) {
    if (error instanceof ReplyError) return error.reply;
    ctx.log(`[mock] BUG: ${operation.method.toUpperCase()} ${operation.path} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return operation.family === "better-auth" ? { status: 500 } : temetroReply("INTERNAL");
  }
}

/** answerOperation as a fetch Response (msw's path). */
export async function runOperation(ctx: MockContext, operation: Operation, handler: OperationHandler, request: MockRequest, params: Record<string, string>): Promise<Response> {
  return toResponse(await answerOperation(ctx, operation, handler, request, params));
}
