// Better Auth's rate limiter, first of its middleware: a request over its rule's budget is 429.
import { rateLimitPath, rateLimits } from "#openapi";
import { clientIpOf } from "../client-ip.ts";
import type { MockContext } from "../context.ts";
import type { Reply } from "../reply.ts";
import type { Stage } from "./stage.ts";
import type { MockRequest } from "../mock-request.ts";

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

/** Counts the request against its rule (x-rate-limits); answers 429 with Retry-After when over. */
export const rateLimit: Stage = {
  name: "rate-limit",
  run: ({ ctx, request, url }) => rateLimitReply(ctx, request, url.pathname) ?? undefined,
};
