// What the real server answers for requests no operation of the contract takes: a path the contract
// does not list, a method it does not list there (TRACE, PATCH on a collection…), or a CORS
// preflight from a disallowed origin, which temetro's CORS hands on to the routes (D36, D41).
import { operations, operationsAt, type Operation } from "#openapi";
import type { MockContext } from "./context.ts";
import { applyRouterGuards } from "./guards.ts";
import { rateLimitReply } from "./pipeline.ts";
import { ReplyError, temetroReply, toResponse } from "./reply.ts";

/** Better Auth's router: rate limited like any auth path, then an empty 404. */
export function unknownAuthRoute(ctx: MockContext, request: Request): Response {
  const limited = rateLimitReply(ctx, request, new URL(request.url).pathname);
  return toResponse(limited ?? { status: 404 });
}

/** temetro's notFound handler. */
export const unknownRoute = (): Response => toResponse(temetroReply("NOT_FOUND"));

/** A temetro router's mount path (`/api/patients`) for an operation's path. */
const mountOf = (op: Operation): string => op.path.split("/").slice(0, 3).join("/");

/**
 * The mounts whose router starts with `router.use(requireAuth, requireOrg)`: those of the temetro
 * operations that need a session and an active clinic. Their rules are the router's guards.
 */
const guardedMounts = new Map(
  operations
    .filter((op) => op.family === "temetro" && op.rules.session === "required" && op.rules.activeClinic === "required")
    .map((op) => [mountOf(op), { session: op.rules.session, activeClinic: op.rules.activeClinic }] as const),
);

/** Express's automatic OPTIONS answer of a router: 200 with the path's methods (GET brings HEAD), sorted. */
function allowedMethods(ops: Operation[]): Response {
  const methods = new Set(ops.flatMap((op) => (op.method === "get" ? ["GET", "HEAD"] : [op.method.toUpperCase()])));
  const allow = [...methods].sort().join(", ");
  return new Response(allow, { status: 200, headers: { allow, "content-type": "text/plain", "x-content-type-options": "nosniff" } });
}

/**
 * temetro's answer to a request under /api/* that no operation takes: the guards of the router the
 * path is mounted under (401/403), then Express's automatic OPTIONS answer for a path a route
 * serves, else its 404 `{"error":"Not found"}`.
 */
export async function unlistedTemetroRequest(ctx: MockContext, request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const mount = [...guardedMounts.keys()].find((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  const guards = mount === undefined ? undefined : guardedMounts.get(mount);
  if (guards !== undefined) {
    try {
      await applyRouterGuards(ctx, guards, request.headers);
    } catch (error) {
      if (error instanceof ReplyError) return toResponse(error.reply);
      throw error;
    }
  }
  const served = operationsAt(pathname).filter((op) => op.family === "temetro");
  if (request.method === "OPTIONS" && served.length > 0) return allowedMethods(served);
  return unknownRoute();
}
