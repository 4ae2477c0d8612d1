// Each error family's pipeline: the rules of the real server, in the order it applies them.
import type { Operation } from "#openapi";
import { databaseText } from "./database-text.ts";
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
import { usernameHooks } from "./username-hooks.ts";
import { validateBody } from "./validate-body.ts";

/**
 * /api/auth/*: Better Auth's rate limiter, its body parser, originCheckMiddleware, the username
 * plugin's hooks (D48), the endpoint's zod schema, formCsrfMiddleware, the session middleware, the
 * route's own body checks, then PostgreSQL refusing U+0000 in the text the route uses (D49).
 */
export const betterAuthPipeline: readonly Stage[] = [rateLimit, readBody("better-auth"), originCheck, usernameHooks, validateBody("better-auth"), firstLogin, session, routeChecks, databaseText];

/**
 * /api/*: express.json(), the router's requireAuth and requireOrg, Express decoding the route's
 * parameters (D37), the route's requirePermission, then the route's schema.
 */
export const temetroPipeline: readonly Stage[] = [readBody("temetro"), routerGuards, decodeParams, permission, validateBody("temetro")];

/** The pipeline of each error family. */
export const pipelines: Readonly<Record<Operation["family"], readonly Stage[]>> = { "better-auth": betterAuthPipeline, temetro: temetroPipeline };
