// A reference app for its own tests: a private PostgreSQL cluster, a free local port, the app's
// schema migrated in, and one `close` that stops the server and then the cluster.
import type { RequestListener, Server } from "node:http";
import { openDatabase, type Database } from "../database.ts";
import { listenOnTestPort } from "./test-port.ts";

type ReferenceApp = { app: RequestListener; migrate(): Promise<void> };

export type TestDeployment<R> = { base: string; reference: R; database: Database; server: Server; close(): Promise<void> };

/** Starts the app `create` makes from the cluster and the base URL (which names the port). */
export async function startOnTestCluster<R extends ReferenceApp>(create: (database: Database, base: string) => R): Promise<TestDeployment<R>> {
  const database = await openDatabase({});
  const { server, base, close: closeServer } = await listenOnTestPort();
  const reference = create(database, base);
  await reference.migrate();
  server.on("request", reference.app);
  return {
    base,
    reference,
    database,
    server,
    async close() {
      await closeServer();
      await database.close();
    },
  };
}
