// A profile reference deployment's entry point: read the environment, open the database (and the
// service the profile runs beside it, such as an OpenID Connect provider), listen, build and migrate
// the profile's app, print the ready line `<name> reference listening on URL`; on SIGINT, SIGTERM
// or SIGHUP stop the server, the service and the database.
import { createServer } from "node:http";
import type { RequestListener } from "node:http";
import { openDatabase } from "./database.ts";
import { parseTrustedOrigins } from "./origins.ts";
import type { ProfileAppSettings } from "./profile-app.ts";
import { closeServer, listenOn, stopOnSignal } from "./stop-on-signal.ts";

export type ProfileReferenceApp = { app: RequestListener; mailbox: { enabled: boolean }; migrate(): Promise<void> };
type Service = { stop(): Promise<void> };

export type ProfileReferenceEntry<S extends Service> = {
  /** The profile's name, first word of the ready line. */
  name: string;
  /** The secret used when BETTER_AUTH_SECRET is not set (with a warning). */
  devSecret: string;
  /** Started beside the database, on the public host; stopped on shutdown. */
  startService?(publicHost: string): Promise<S>;
  build(settings: ProfileAppSettings, service: S | undefined): ProfileReferenceApp;
  /** The dev routes printed when the test mailbox is on. */
  devRoutes: string;
};

/** Runs the profile's reference until a signal; exits 1 with a line on a failed start. */
export async function runProfileReference<S extends Service>(entry: ProfileReferenceEntry<S>): Promise<void> {
  const env = process.env;
  const host = env.HOST ?? "127.0.0.1";
  // An address a browser can open: a wildcard listen address is reached through loopback.
  const publicHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  if (!env.BETTER_AUTH_SECRET) console.warn("[reference] BETTER_AUTH_SECRET is not set: using a fixed development secret.");
  const stopper = stopOnSignal();
  try {
    const [database, service] = await Promise.all([
      openDatabase({ databaseUrl: env.DATABASE_URL || undefined, log: (line) => console.log(line) }),
      entry.startService?.(publicHost),
    ]);
    stopper.onStop(async () => void (await Promise.all([service?.stop(), database.close()])));
    const server = createServer();
    stopper.onStop(() => closeServer(server));
    // Listen first, so that with PORT=0 the default public origin names the port really taken.
    const listening = await listenOn(server, Number(env.PORT ?? 4000), host);
    const reference = entry.build({
      database: database.pool,
      // Links in emails and OAuth callbacks name this origin: it must be the one browsers use.
      baseURL: env.BETTER_AUTH_URL || listening,
      secret: env.BETTER_AUTH_SECRET ?? entry.devSecret,
      trustedOrigins: [env.FRONTEND_URL ?? "http://localhost:3000", ...parseTrustedOrigins(env.TRUSTED_ORIGINS)],
      testMailbox: env.TEMETRO_TEST_MAILBOX === "1",
    }, service);
    await reference.migrate();
    server.on("request", reference.app);
    if (reference.mailbox.enabled) console.log(`[reference] test mailbox on: ${entry.devRoutes}`);
    console.log(`${entry.name} reference listening on ${listening}`);
  } catch (error) {
    await stopper.fail(error);
  }
}
