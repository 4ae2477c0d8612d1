// The environment-free core: real Auth.js (`@auth/express`) with the profile's one configuration,
// the document's own routes and the test mailbox, on Express 5 over a given PostgreSQL pool.
import { ExpressAuth } from "@auth/express";
import express from "express";
import type { Express } from "express";
import type pg from "pg";
import { AUTH_BASE_PATH, createAuthjsConfig } from "../config/auth-config.ts";
import { createMailbox } from "../../../reference/mailbox.ts";
import { cors } from "../../../reference/middleware/cors.ts";
import type { Mailbox } from "../../../reference/mailbox.ts";
import { devOutboxRouter } from "../../../reference/routes/dev-outbox.ts";
import { migrateOrgSchema } from "./org-schema.ts";
import { findAccountByEmail } from "./org-store.ts";
import { verifyPassword } from "./password-hash.ts";
import { accountRouter } from "./routes/account-router.ts";
import { devOrganizationsRouter } from "./routes/dev-organizations.ts";

export type AuthjsReferenceSettings = {
  database: pg.Pool;
  /** The app's public origin: where the mailed verification and reset links point. */
  appUrl: string;
  /** The frontend's origin (FRONTEND_URL) and any more (TRUSTED_ORIGINS): CORS with credentials; every other origin gets no CORS headers (AJ14). */
  trustedOrigins: string[];
  /** AUTH_SECRET; the profile's development secret when absent. */
  secret?: string;
  /** Record every email at /__dev/outbox, and let a run delete what it registered (/__dev/organizations). */
  testMailbox: boolean;
  /** Express's `trust proxy`: set it behind a TLS proxy so Auth.js sees https and issues `__Secure-` cookies. */
  trustProxy?: boolean | string;
  /** Where log lines go (mail, Auth.js's errors); the console when absent. */
  log?: (line: string) => void;
};

export type AuthjsReference = {
  app: Express;
  mailbox: Mailbox;
  /** Create the reference's tables when missing; run once before serving. */
  migrate: () => Promise<void>;
};

/** Auth.js logs each refused sign-in with a stack: one line each is enough here. */
function authLogger(log: (line: string) => void) {
  return {
    error: (error: Error) => log(`[auth] ${error.name}: ${error.message}`),
    warn: (code: string) => log(`[auth] warning: ${code}`),
    debug: () => {},
  };
}

export function createAuthjsReference(settings: AuthjsReferenceSettings): AuthjsReference {
  const log = settings.log ?? ((line: string) => console.log(line));
  const pool = settings.database;
  const mailbox = createMailbox({ enabled: settings.testMailbox, log });
  const config = createAuthjsConfig({
    findAccountByEmail: (email) => findAccountByEmail(pool, email),
    verifyPassword,
    ...(settings.secret === undefined ? {} : { secret: settings.secret }),
    logger: authLogger(log),
  });
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", settings.trustProxy ?? false);
  const trusted = new Set(settings.trustedOrigins.map((origin) => origin.replace(/\/$/, "")));
  app.use(cors((origin) => trusted.has(origin)));
  app.use(AUTH_BASE_PATH, accountRouter({ pool, mailbox, appUrl: settings.appUrl }, log));
  app.use(AUTH_BASE_PATH, ExpressAuth(config));
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  if (mailbox.enabled) {
    app.use("/__dev/outbox", devOutboxRouter(mailbox));
    app.use("/__dev/organizations", devOrganizationsRouter(pool));
  }
  return { app, mailbox, migrate: () => migrateOrgSchema(pool) };
}
