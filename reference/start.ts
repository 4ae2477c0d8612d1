// Entry point: read the environment, bring up the database, migrate, listen; clean up on SIGINT/SIGTERM.
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createReference } from "./create-reference.ts";
import { openDatabase } from "./database.ts";
import type { Database } from "./database.ts";
import { parseTrustedOrigins } from "./origins.ts";

const DEV_SECRET = "temetro-reference-dev-secret-do-not-use-in-production";

const env = process.env;
const port = Number(env.PORT ?? 4000);
const host = env.HOST ?? "127.0.0.1";
const baseURL = env.BETTER_AUTH_URL ?? `http://localhost:${port}`;
const secret = env.BETTER_AUTH_SECRET ?? DEV_SECRET;
if (!env.BETTER_AUTH_SECRET) console.warn("[reference] BETTER_AUTH_SECRET is not set: using a fixed development secret.");
const packageJson: unknown = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const packageVersion = typeof packageJson === "object" && packageJson && "version" in packageJson
  && typeof packageJson.version === "string" ? packageJson.version : "0.0.0";

let database: Database | undefined;
let server: Server | undefined;
let realtime: { close(): Promise<void> } | undefined;
let stopping = false;
async function shutdown(signal: string, code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log(`[reference] ${signal}: shutting down`);
    await realtime?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await database?.close();
  }
  process.exit(code);
}
process.once("SIGINT", () => void shutdown("SIGINT", 0));
process.once("SIGTERM", () => void shutdown("SIGTERM", 0));
process.once("SIGHUP", () => void shutdown("SIGHUP", 0));

try {
  database = await openDatabase({ databaseUrl: env.DATABASE_URL || undefined, log: (line) => console.log(line) });
  const reference = createReference({
    database: database.pool,
    baseURL,
    secret,
    frontendUrl: env.FRONTEND_URL ?? "http://localhost:3000",
    trustedOrigins: parseTrustedOrigins(env.TRUSTED_ORIGINS),
    testMailbox: env.TEMETRO_TEST_MAILBOX === "1",
    version: { current: env.APP_VERSION || packageVersion, latest: env.TEMETRO_LATEST_VERSION || null },
  });
  await reference.migrate();
  server = reference.app.listen(port, host);
  await new Promise<void>((resolve, reject) => {
    server!.once("listening", resolve).once("error", reject);
  });
  // temetro's realtime.ts: Socket.io on the same server, at /socket.io.
  realtime = reference.attachRealtime(server);
  const address = server.address() as AddressInfo;
  if (reference.mailbox.enabled) console.log("[reference] test mailbox on: GET /__dev/outbox?to=<email>");
  console.log(`temetro reference listening on http://${host}:${address.port}`);
} catch (error) {
  console.error(`[reference] Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown("startup failure", 1);
}
