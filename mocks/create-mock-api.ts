// Builds a mock of temetro's API: state, rules and one msw handler per operation of the contract.
import { getResponse, http, type HttpHandler } from "msw";
import { matchOperation, operations, type Operation } from "#openapi";
import type { MockApi, MockOptions } from "./glossary.ts";
import { createClock } from "./core/clock.ts";
import { resolveConfig } from "./core/config.ts";
import type { MockContext } from "./core/context.ts";
import { isDisallowedOrigin, preflight, withCors } from "./core/cors.ts";
import { unknownAuthRoute, unknownRoute, unlistedTemetroRequest } from "./core/fallbacks.ts";
import { createOutbox } from "./core/outbox.ts";
import { answerOfReply } from "./core/mock-answer.ts";
import { answerOperation, runOperation } from "./core/pipeline.ts";
import { createRateLimiter } from "./core/rate-limiter.ts";
import { createRealtime } from "./core/realtime.ts";
import { lookupSession } from "./core/sessions.ts";
import { clearStore, createStore } from "./core/store.ts";
import { operationHandlers } from "./handlers/index.ts";
import { applySeed } from "./seeds/apply-seed.ts";
import { createMessaging } from "./services/socket-messaging.ts";

/** A request no operation takes: Better Auth's router under /api/auth/*, temetro's elsewhere (D36). */
const unlisted = async (ctx: MockContext, request: Request): Promise<Response> =>
  new URL(request.url).pathname.startsWith("/api/auth/") ? unknownAuthRoute(ctx, request) : unlistedTemetroRequest(ctx, request);

/** msw's path syntax for a spec path: `*` for any origin, `:name` for `{name}`. */
const mswPath = (operation: Operation): string => `*${operation.path.replace(/\{([^}]+)\}/g, ":$1")}`;

/** The msw handlers, and each operation's own handler so a direct hand-off needs no linear search. */
function buildHandlers(ctx: MockContext): { handlers: HttpHandler[]; byOperation: Map<string, HttpHandler> } {
  // temetro's CORS answers the preflight of an allowed origin (or none); a disallowed one goes on to the routes (D41).
  const handlers: HttpHandler[] = [
    http.options("*/api/*", async ({ request }) => (isDisallowedOrigin(ctx.config, request) ? unlisted(ctx, request) : preflight(ctx.config, request))),
  ];
  const byOperation = new Map<string, HttpHandler>();
  for (const operation of operations) {
    const handler = operationHandlers[operation.operationId];
    if (handler === undefined) continue;
    const mswHandler = http[operation.method](mswPath(operation), async ({ request, params }) => {
      const flat = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
      return withCors(ctx.config, request, await runOperation(ctx, operation, handler, request, flat));
    });
    handlers.push(mswHandler);
    byOperation.set(operation.operationId, mswHandler);
  }
  handlers.push(
    http.all("*/api/*", async ({ request }) => withCors(ctx.config, request, await unlisted(ctx, request))),
    http.all("*/__dev/*", ({ request }) => withCors(ctx.config, request, unknownRoute())),
  );
  return { handlers, byOperation };
}

/** The state and rules one mock works on: what its handlers and services read and write. */
export function createMockContext(options: MockOptions = {}): MockContext {
  const config = resolveConfig(options);
  const clock = options.clock ?? createClock();
  return {
    config,
    clock,
    store: createStore(),
    outbox: createOutbox(clock, config.log),
    rateLimiter: createRateLimiter(clock),
    realtime: createRealtime(),
    log: config.log,
  };
}

/**
 * A mock of temetro's API. Nothing is shared between two mocks. `ctx`, made by createMockContext from
 * the same options, lets a script reach the services of the mock it also calls (a benchmark's seeding).
 */
export async function createMockApi(options: MockOptions = {}, ctx: MockContext = createMockContext(options)): Promise<MockApi> {
  const { config, clock } = ctx;
  const { handlers, byOperation } = buildHandlers(ctx);
  const seedName = options.seed ?? "empty";
  let seedInfo = await applySeed(ctx, seedName);
  return {
    handlers,
    clock,
    async fetch(request) {
      const matched = matchOperation(request.method, new URL(request.url).pathname);
      const own = matched === undefined ? undefined : byOperation.get(matched.operation.operationId);
      return (await getResponse(own === undefined ? handlers : [own], request)) ?? unknownRoute();
    },
    async answer(request) {
      const matched = matchOperation(request.method, new URL(request.url).pathname);
      const handler = matched === undefined ? undefined : operationHandlers[matched.operation.operationId];
      if (matched === undefined || handler === undefined) return undefined;
      return answerOfReply(config, request, await answerOperation(ctx, matched.operation, handler, request, matched.params));
    },
    outbox: { list: (to) => ctx.outbox.list(to), clear: () => ctx.outbox.clear() },
    async resolveSession(headers) {
      const found = await lookupSession(ctx, headers);
      return found === null ? null : { session: found.session, user: found.user };
    },
    onRealtime: (listener) => ctx.realtime.subscribe(listener),
    messaging: createMessaging(ctx),
    async reset() {
      clearStore(ctx.store);
      ctx.outbox.clear();
      ctx.rateLimiter.reset();
      seedInfo = await applySeed(ctx, seedName);
    },
    seed: () => seedInfo,
  };
}
