// What every profile's reference app shares: the settings it is built from (the environment read
// once by run-profile-reference.ts, or a test's values), where Better Auth's own log lines go, and
// the Express app around Better Auth.
import type { BetterAuthOptions } from "better-auth";
import { toNodeHandler } from "better-auth/node";
import express from "express";
import type { Express, Router } from "express";
import type pg from "pg";
import type { Mailbox } from "./mailbox.ts";
import { cors } from "./middleware/cors.ts";
import { devOutboxRouter } from "./routes/dev-outbox.ts";

export type ProfileAppSettings = {
  database: pg.Pool;
  /** BETTER_AUTH_URL: the app's public origin. */
  baseURL: string;
  secret: string;
  /** The frontend's origin (FRONTEND_URL) and any more (TRUSTED_ORIGINS): Better Auth's trusted origins and CORS. */
  trustedOrigins: string[];
  /** Record every email and serve the dev routes (/__dev/*). */
  testMailbox: boolean;
  /** Where the deployment's log lines (mail, Better Auth's warnings) go; the console when absent. */
  log?: (line: string) => void;
};

/** The options with Better Auth's own log lines sent to `log` (nothing on the wire); unchanged without one. */
export function withLogLines<O extends BetterAuthOptions>(options: O, log: ((line: string) => void) | undefined): O {
  return log === undefined ? options : { ...options, logger: { log: (level, message) => log(`[better-auth] ${level}: ${message}`) } };
}

/** A profile's Express 5 app as Better Auth's Express guide wires it: CORS for the trusted origins, Better Auth before any body parser, /health, and the dev routes when the test mailbox is on. */
export function profileExpressApp(auth: { handler: (request: Request) => Promise<Response> }, settings: Pick<ProfileAppSettings, "trustedOrigins">, mailbox: Mailbox, devRoutes: Record<string, Router> = {}): Express {
  const trusted = new Set(settings.trustedOrigins.map((origin) => origin.replace(/\/$/, "")));
  const app = express();
  app.disable("x-powered-by");
  app.use(cors((origin) => trusted.has(origin)));
  // Better Auth reads the raw body itself, so it sits before any body parser.
  app.all("/api/auth/*splat", toNodeHandler(auth));
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  if (mailbox.enabled) {
    app.use("/__dev/outbox", devOutboxRouter(mailbox));
    for (const [path, router] of Object.entries(devRoutes)) app.use(path, router);
  }
  return app;
}
