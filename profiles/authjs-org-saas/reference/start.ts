// Entry point: read the environment, start the database, create the tables, listen; on
// SIGINT/SIGTERM/SIGHUP close the server and stop the database.
import { createServer } from "node:http";
import { openDatabase } from "../../../reference/database.ts";
import { parseTrustedOrigins } from "../../../reference/origins.ts";
import { closeServer, listenOn, stopOnSignal } from "../../../reference/stop-on-signal.ts";
import { createAuthjsReference } from "./create-authjs-reference.ts";

const env = process.env;
if (!env.AUTH_SECRET) console.warn("[reference] AUTH_SECRET is not set: using the profile's fixed development secret.");
const stopper = stopOnSignal();

try {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL || undefined, log: (line) => console.log(line) });
  stopper.onStop(() => database.close());
  const server = createServer();
  stopper.onStop(() => closeServer(server));
  // Listen first, so that with PORT=0 the default public origin names the port really taken.
  const listening = await listenOn(server, Number(env.PORT ?? 4000), env.HOST ?? "127.0.0.1");
  const reference = createAuthjsReference({
    database: database.pool,
    appUrl: env.APP_URL || listening,
    trustedOrigins: [env.FRONTEND_URL ?? "http://localhost:3000", ...parseTrustedOrigins(env.TRUSTED_ORIGINS)],
    ...(env.AUTH_SECRET ? { secret: env.AUTH_SECRET } : {}),
    testMailbox: env.TEMETRO_TEST_MAILBOX === "1",
    ...(env.TRUST_PROXY ? { trustProxy: env.TRUST_PROXY === "true" ? true : env.TRUST_PROXY } : {}),
  });
  await reference.migrate();
  server.on("request", reference.app);
  if (reference.mailbox.enabled) console.log("[reference] test mailbox on: GET /__dev/outbox?to=<email>, DELETE /__dev/organizations/<id>");
  console.log(`authjs-org-saas reference listening on ${listening}`);
} catch (error) {
  await stopper.fail(error);
}
