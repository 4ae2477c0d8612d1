// The Express app in temetro's middleware order (backend/src/index.ts; temetro-api.md §1).
import express from "express";
import type { Express, Router } from "express";
import { toNodeHandler } from "better-auth/node";
import type { Role } from "better-auth/plugins/access";
import type pg from "pg";
import type { Auth } from "./auth.ts";
import type { Mailbox } from "./mailbox.ts";
import { cors } from "./middleware/cors.ts";
import { backfillForwardedFor } from "./middleware/forwarded-for.ts";
import { errorHandler, notFound } from "./middleware/errors.ts";
import { createGuards } from "./middleware/guards.ts";
import type { Guards } from "./middleware/guards.ts";
import { authHelpersRouter } from "./routes/auth-helpers.ts";
import { devOutboxRouter } from "./routes/dev-outbox.ts";
import { versionRouter } from "./routes/version.ts";
import type { VersionInfo } from "./routes/version.ts";

export type AppSettings = {
  auth: Auth;
  database: pg.Pool;
  roles: Record<string, Role>;
  mailbox: Mailbox;
  isAllowedOrigin: (origin: string) => boolean;
  version: VersionInfo;
  /** More routers, mounted after the built-in ones and guarded as their author chooses. */
  routes?: (guards: Guards) => Array<[path: string, router: Router]>;
  log?: (line: string) => void;
};

/** Methods the Fetch standard cannot carry (`new Request` throws for them). */
const UNFETCHABLE_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);

/** Build the app: CORS, XFF backfill, Better Auth before the JSON parser, routes, 404, errors. */
export function createApp(settings: AppSettings): Express {
  const { auth, database, mailbox } = settings;
  const app = express();
  app.set("trust proxy", true);
  app.disable("x-powered-by");
  app.use(cors(settings.isAllowedOrigin));
  app.use(backfillForwardedFor);
  // Decision D36: Better Auth hands each request on as a fetch Request, which cannot carry TRACE
  // (temetro answers 500); such a method gets what Better Auth's router gives an unknown route.
  app.all("/api/auth/*splat", (req, res, next) => (UNFETCHABLE_METHODS.has(req.method) ? void res.status(404).end() : next()));
  // Better Auth reads the raw body itself, so it must sit before express.json().
  app.all("/api/auth/*splat", toNodeHandler(auth));
  app.use(express.json({ limit: "15mb" }));

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.use("/api/version", versionRouter(settings.version));
  app.use("/api/auth-helpers", authHelpersRouter({
    database,
    requestPasswordReset: (input) => auth.api.requestPasswordReset(input),
    log: settings.log,
  }));
  if (mailbox.enabled) app.use("/__dev/outbox", devOutboxRouter(mailbox));

  const guards = createGuards({
    getSession: (headers) => auth.api.getSession({ headers }),
    database,
    roles: settings.roles,
  });
  for (const [path, router] of settings.routes?.(guards) ?? []) app.use(path, router);

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
