// Applies an operation's rules in the order the real server does, then runs its handler.
//   Better Auth: rate limit → JSON body → origin check → schema → first-login check → session → route.
//   temetro:     JSON body (express.json) → requireAuth → requireOrg → requirePermission → schema → route.
import { rateLimitPath, rateLimits, type Operation } from "#openapi";
import type { Call, OperationHandler } from "./call.ts";
import { clientIpOf } from "./client-ip.ts";
import type { MockContext } from "./context.ts";
import { applyTemetroGuards } from "./guards.ts";
import { checkFirstLogin, checkStateChangingRequest } from "./origin-check.ts";
import { betterAuthReply, ReplyError, temetroReply, toResponse, type Reply } from "./reply.ts";
import { readJsonBody, validateBody } from "./request-body.ts";
import { lookupSession } from "./sessions.ts";

/** Better Auth's 429, or null when the request is within its rule. */
export function rateLimitReply(ctx: MockContext, request: Request, pathname: string): Reply | null {
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

async function betterAuthCall(ctx: MockContext, operation: Operation, base: Omit<Call, "body" | "session" | "member">): Promise<Call> {
  const { request, url } = base;
  const raw = operation.hasRequestBody ? await readJsonBody(request, "better-auth") : undefined;
  if (operation.rules.originCheck) {
    const failure = checkStateChangingRequest(ctx.config, request.method, request.headers, raw);
    if (failure !== null) throw new ReplyError(betterAuthReply(403, failure.code));
  }
  const body = validateBody(operation, raw);
  if (operation.rules.originCheck === "first-login") {
    const failure = checkFirstLogin(ctx.config, request.headers);
    if (failure !== null) throw new ReplyError(betterAuthReply(403, failure.code));
  }
  const session =
    operation.rules.session === "none"
      ? null
      : await lookupSession(ctx, request.headers, {
          cookieCache: operation.rules.cookieCache !== false && url.searchParams.get("disableCookieCache") !== "true",
          disableRefresh: url.searchParams.get("disableRefresh") === "true",
        });
  if (operation.rules.session === "required" && session === null) throw new ReplyError(betterAuthReply(401, "UNAUTHORIZED"));
  return { ...base, body, session, member: null };
}

async function temetroCall(ctx: MockContext, operation: Operation, base: Omit<Call, "body" | "session" | "member">): Promise<Call> {
  const raw = operation.hasRequestBody ? await readJsonBody(base.request, "temetro") : undefined;
  const { session, member } = await applyTemetroGuards(ctx, operation, base.request.headers);
  return { ...base, body: validateBody(operation, raw), session, member };
}

async function answer(ctx: MockContext, operation: Operation, handler: OperationHandler, request: Request, params: Record<string, string>): Promise<Reply> {
  const url = new URL(request.url);
  if (operation.family === "better-auth") {
    const limited = rateLimitReply(ctx, request, url.pathname);
    if (limited !== null) return limited;
  }
  const base = { ctx, operation, request, url, params, clientIp: clientIpOf(request.headers) };
  const call = operation.family === "better-auth" ? await betterAuthCall(ctx, operation, base) : await temetroCall(ctx, operation, base);
  const reply = await handler(call);
  // Better Auth's getSession re-issues cookies (refresh, cookie cache); temetro's server-side call does not.
  const sessionCookies = operation.family === "better-auth" ? (call.session?.setCookies ?? []) : [];
  return reply.cookies === undefined && sessionCookies.length > 0 ? { ...reply, cookies: sessionCookies } : reply;
}

/** Runs one operation for a request: rules, then handler; any other failure is a logged 500 (a bug). */
export async function runOperation(ctx: MockContext, operation: Operation, handler: OperationHandler, request: Request, params: Record<string, string>): Promise<Response> {
  try {
    return toResponse(await answer(ctx, operation, handler, request, params));
  } catch (error) {
    if (error instanceof ReplyError) return toResponse(error.reply);
    ctx.log(`[mock] BUG: ${operation.method.toUpperCase()} ${operation.path} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return toResponse(operation.family === "better-auth" ? { status: 500 } : temetroReply("INTERNAL"));
  }
}
