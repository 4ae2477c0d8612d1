// Each error family's pipeline: the rules of the real server, in the order it applies them.
import type { Operation } from "#openapi";
import { decodeParams } from "./decode-params.ts";
import { firstLogin } from "./first-login.ts";
import { originCheck } from "./origin-check.ts";
import { permission } from "./permission.ts";
import { rateLimit } from "./rate-limit.ts";
import { readBody } from "./read-body.ts";
import { routeChecks } from "./route-checks.ts";
import { routerGuards } from "./router-guards.ts";
import { session } from "./session.ts";
import type { Stage } from "./stage.ts";
import { validateBody } from "./validate-body.ts";

/**
 * /api/auth/*: Better Auth's rate limiter, its body parser, originCheckMiddleware, the endpoint's
 * zod schema, formCsrfMiddleware, the session middleware, then the route's own body checks.
 */
export const betterAuthPipeline: readonly Stage[] = [rateLimit, readBody("better-auth"), originCheck, validateBody("better-auth"), firstLogin, session, routeChecks];

/**
 * /api/*: express.json(), the router's requireAuth and requireOrg, Express decoding the route's
 * parameters (D37), the route's requirePermission, then the route's schema.
 */
export const temetroPipeline: readonly Stage[] = [readBody("temetro"), routerGuards, decodeParams, permission, validateBody("temetro")];

/** The pipeline of each error family. */
export const pipelines: Readonly<Record<Operation["family"], readonly Stage[]>> = { "better-auth": betterAuthPipeline, temetro: temetroPipeline };
