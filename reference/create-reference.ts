// The environment-free core: Better Auth, the mailbox and the Express app over a given pool.
import type pg from "pg";
import type { Express } from "express";
import { createApp } from "./app.ts";
import type { AppSettings } from "./app.ts";
import { createAuth } from "./auth.ts";
import { clinicRoutes, migrateClinicTables } from "./routes/clinic-routes.ts";
import { communicationRoutes, migrateCommunicationTables } from "./routes/communication-routes.ts";
import type { Realtime } from "./clinic/notify-user.ts";
import type { Auth } from "./auth.ts";
import { migrateAuthSchema } from "./database.ts";
import { createMailbox } from "./mailbox.ts";
import type { Mailbox } from "./mailbox.ts";
import { isAllowedOrigin } from "./origins.ts";
import { loadRoleMatrix } from "./role-matrix.ts";
import type { VersionInfo } from "./routes/version.ts";
import { createRealtimeHub } from "./realtime/realtime-hub.ts";
import { attachSocketServer } from "./realtime/socket-server.ts";
import type { Server as HttpServer } from "node:http";

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
  /** Where real-time events go (notification:new to user:<id>); dropped when absent. */
  realtime?: Realtime;
  log?: (line: string) => void;
};

export type Reference = {
  auth: Auth;
  app: Express;
  mailbox: Mailbox;
  /** Create or update Better Auth's tables; run once before serving. */
  migrate: () => Promise<void>;
  /** Serves Socket.io (temetro's realtime.ts) on the server the app listens on; close it before the server. */
  attachRealtime: (server: HttpServer) => { close(): Promise<void> };
};

/** Wire temetro's Better Auth configuration and middleware into one app. */
export function createReference(settings: ReferenceSettings): Reference {
  const log = settings.log ?? ((line: string) => console.log(line));
  const roleMatrix = loadRoleMatrix();
  const mailbox = createMailbox({ enabled: settings.testMailbox, log });
  const policy = { frontendUrl: settings.frontendUrl, trustedOrigins: settings.trustedOrigins };
  const auth = createAuth({ ...settings, mailbox, roleMatrix, log });
  // Events reach settings.realtime (a test's recorder) and, once attached, Socket.io's rooms.
  const hub = createRealtimeHub(settings.realtime);
  const app = createApp({
    auth,
    database: settings.database,
    roles: roleMatrix.roles,
    mailbox,
    isAllowedOrigin: (origin) => isAllowedOrigin(origin, policy),
    version: settings.version,
    routes: (guards) => [
      ...clinicRoutes(guards, { database: settings.database, realtime: hub, log }),
      ...communicationRoutes(guards, { database: settings.database, realtime: hub, log }, auth),
      ...(settings.routes?.(guards) ?? []),
    ],
    log,
  });
  const migrate = async () => {
    await migrateAuthSchema(auth.options);
    await migrateClinicTables(settings.database);
    await migrateCommunicationTables(settings.database);
  };
  const attachRealtime = (server: HttpServer) => attachSocketServer(server, { auth, database: settings.database, frontendUrl: settings.frontendUrl, hub });
  return { auth, app, mailbox, migrate, attachRealtime };
}
