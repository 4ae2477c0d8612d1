// The environment-free core: Better Auth, the mailbox and the Express app over a given pool.
import type pg from "pg";
import type { Express } from "express";
import { createApp } from "./app.ts";
import type { AppSettings } from "./app.ts";
import { createAuth } from "./auth.ts";
import type { Auth } from "./auth.ts";
import { migrateAuthSchema } from "./database.ts";
import { createMailbox } from "./mailbox.ts";
import type { Mailbox } from "./mailbox.ts";
import { isAllowedOrigin } from "./origins.ts";
import { loadRoleMatrix } from "./role-matrix.ts";
import type { VersionInfo } from "./routes/version.ts";

export type ReferenceSettings = {
  database: pg.Pool;
  baseURL: string;
  secret: string;
  frontendUrl: string;
  trustedOrigins: string[];
  /** TEMETRO_TEST_MAILBOX: record every email and serve it at /__dev/outbox. */
  testMailbox: boolean;
  version: VersionInfo;
  routes?: AppSettings["routes"];
  log?: (line: string) => void;
};

export type Reference = {
  auth: Auth;
  app: Express;
  mailbox: Mailbox;
  /** Create or update Better Auth's tables; run once before serving. */
  migrate: () => Promise<void>;
};

/** Wire temetro's Better Auth configuration and middleware into one app. */
export function createReference(settings: ReferenceSettings): Reference {
  const log = settings.log ?? ((line: string) => console.log(line));
  const roleMatrix = loadRoleMatrix();
  const mailbox = createMailbox({ enabled: settings.testMailbox, log });
  const policy = { frontendUrl: settings.frontendUrl, trustedOrigins: settings.trustedOrigins };
  const auth = createAuth({ ...settings, mailbox, roleMatrix, log });
  const app = createApp({
    auth,
    database: settings.database,
    roles: roleMatrix.roles,
    mailbox,
    isAllowedOrigin: (origin) => isAllowedOrigin(origin, policy),
    version: settings.version,
    routes: settings.routes,
    log,
  });
  return { auth, app, mailbox, migrate: () => migrateAuthSchema(auth.options) };
}
