// Entry point: read the environment, start the database, create the tables, listen; on
// SIGINT/SIGTERM/SIGHUP close the server and stop the database.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { openDatabase } from "../../../reference/database.ts";
import type { Database } from "../../../reference/database.ts";
import { createAuthjsReference } from "./create-authjs-reference.ts";

const env = process.env;
const host = env.HOST ?? "127.0.0.1";
// An address a browser can open: a wildcard listen address is reached through loopback.
const publicHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
if (!env.AUTH_SECRET) console.warn("[reference] AUTH_SECRET is not set: using the profile's fixed development secret.");

const server = createServer();
let database: Database | undefined;
let stopping = false;
async function shutdown(signal: string, code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log(`[reference] ${signal}: shutting down`);
    server.closeAllConnections();
    await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
    await database?.close();
  }
  process.exit(code);
}
process.once("SIGINT", () => void shutdown("SIGINT", 0));
process.once("SIGTERM", () => void shutdown("SIGTERM", 0));
process.once("SIGHUP", () => void shutdown("SIGHUP", 0));

try {
  database = await openDatabase({ databaseUrl: env.DATABASE_URL || undefined, log: (line) => console.log(line) });
  // Listen first, so that with PORT=0 the default public origin names the port really taken.
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve).once("error", reject).listen(Number(env.PORT ?? 4000), host);
  });
  const listening = `http://${publicHost}:${(server.address() as AddressInfo).port}`;
  const reference = createAuthjsReference({
    database: database.pool,
    appUrl: env.APP_URL || listening,
    ...(env.AUTH_SECRET ? { secret: env.AUTH_SECRET } : {}),
    testMailbox: env.TEMETRO_TEST_MAILBOX === "1",
    ...(env.TRUST_PROXY ? { trustProxy: env.TRUST_PROXY === "true" ? true : env.TRUST_PROXY } : {}),
  });
  await reference.migrate();
  server.on("request", reference.app);
  if (reference.mailbox.enabled) console.log("[reference] test mailbox on: GET /__dev/outbox?to=<email>, DELETE /__dev/organizations/<id>");
  console.log(`authjs-org-saas reference listening on ${listening}`);
} catch (error) {
  console.error(`[reference] Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown("startup failure", 1);
}
