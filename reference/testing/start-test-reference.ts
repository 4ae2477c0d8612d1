// For the reference's own tests: the reference on a private PostgreSQL cluster and a free port.
import type { Server } from "node:http";
import { listenOnTestPort } from "./test-port.ts";
import { createReference, type Reference, type ReferenceSettings } from "../create-reference.ts";
import { openDatabase, type Database } from "../database.ts";

export const TEST_FRONTEND = "http://localhost:3000";

export type TestReference = { base: string; reference: Reference; server: Server; database: Database; close(): Promise<void> };

/** Starts the reference with test defaults (any setting can be overridden); `close` stops it and its cluster. */
export async function startTestReference(settings: Partial<Omit<ReferenceSettings, "database" | "baseURL">> & { realtimeServer?: boolean } = {}): Promise<TestReference> {
  const database = await openDatabase({});
  const { server, base, close: closeServer } = await listenOnTestPort();
  const { realtimeServer, ...overrides } = settings;
  const reference = createReference({
    secret: "reference-test-secret-0123456789abcdefghijklmnop",
    frontendUrl: TEST_FRONTEND,
    trustedOrigins: [],
    testMailbox: false,
    version: { current: "0.17.0", latest: null },
    log: () => {},
    ...overrides,
    database: database.pool,
    baseURL: base,
  });
  await reference.migrate();
  server.on("request", reference.app);
  const realtime = realtimeServer ? reference.attachRealtime(server) : undefined;
  return {
    base,
    reference,
    server,
    database,
    async close() {
      await realtime?.close();
      await closeServer();
      await database.close();
    },
  };
}
