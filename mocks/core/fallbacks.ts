// What the real server answers for paths the contract does not list.
import type { MockContext } from "./context.ts";
import { rateLimitReply } from "./pipeline.ts";
import { temetroReply, toResponse } from "./reply.ts";

/** Better Auth's router: rate limited like any auth path, then an empty 404. */
export function unknownAuthRoute(ctx: MockContext, request: Request): Response {
  const limited = rateLimitReply(ctx, request, new URL(request.url).pathname);
  return toResponse(limited ?? { status: 404 });
}

/** temetro's notFound handler. */
export const unknownRoute = (): Response => toResponse(temetroReply("NOT_FOUND"));
