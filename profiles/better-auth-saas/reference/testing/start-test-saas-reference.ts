// For the reference's own tests: the profile's reference on a private PostgreSQL cluster and a free
// port, test mailbox (and subscription seeding) on.
import type { Server } from "node:http";
import { listenOnTestPort } from "../../../../reference/testing/test-port.ts";
import { openDatabase, type Database } from "../../../../reference/database.ts";
import { useTestDeployment } from "../../../../reference/testing/use-test-deployment.ts";
import { createSaasReference, type SaasReference } from "../create-saas-reference.ts";

export const TEST_FRONTEND = "http://localhost:3000";

export type TestSaasReference = { base: string; reference: SaasReference; database: Database; server: Server; close(): Promise<void> };

/** Starts everything the deployment needs; `close` stops the server and the cluster. */
export async function startTestSaasReference(): Promise<TestSaasReference> {
  const database = await openDatabase({});
  const { server, base, close: closeServer } = await listenOnTestPort();
  const reference = createSaasReference({ database: database.pool, baseURL: base, secret: "saas-reference-test-secret-0123456789abcdef", trustedOrigins: [TEST_FRONTEND], testMailbox: true, log: () => {} });
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

/** One test deployment for a test file: started before its tests, stopped after them. */
export function useTestSaasReference(): { readonly running: TestSaasReference; readonly auth: string } {
  return useTestDeployment(startTestSaasReference);
}
