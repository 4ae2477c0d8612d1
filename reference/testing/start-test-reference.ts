// For the reference's own tests: the reference on a private PostgreSQL cluster and a free port.
import { createReference, type Reference, type ReferenceSettings } from "../create-reference.ts";
import { startOnTestCluster, type TestDeployment } from "./start-on-test-cluster.ts";

export const TEST_FRONTEND = "http://localhost:3000";

export type TestReference = TestDeployment<Reference>;

/** Starts the reference with test defaults (any setting can be overridden); `close` stops it and its cluster. */
export async function startTestReference(settings: Partial<Omit<ReferenceSettings, "database" | "baseURL">> & { realtimeServer?: boolean } = {}): Promise<TestReference> {
  const { realtimeServer, ...overrides } = settings;
  const deployment = await startOnTestCluster((database, base) => createReference({
    secret: "reference-test-secret-0123456789abcdefghijklmnop",
    frontendUrl: TEST_FRONTEND,
    trustedOrigins: [],
    testMailbox: false,
    version: { current: "0.17.0", latest: null },
    log: () => {},
    ...overrides,
    database: database.pool,
    baseURL: base,
  }));
  const realtime = realtimeServer ? deployment.reference.attachRealtime(deployment.server) : undefined;
  return {
    ...deployment,
    async close() {
      await realtime?.close();
      await deployment.close();
    },
  };
}
