// For the reference's own tests: the profile's reference on a private PostgreSQL cluster and a free
// port, test mailbox on, quiet logs.
import type { Server } from "node:http";
import { listenOnTestPort } from "../../../../reference/testing/test-port.ts";
import { openDatabase, type Database } from "../../../../reference/database.ts";
import { useTestDeployment } from "../../../../reference/testing/use-test-deployment.ts";
import { createAuthjsReference, type AuthjsReference, type AuthjsReferenceSettings } from "../create-authjs-reference.ts";

export const TEST_FRONTEND = "http://localhost:3000";

export type TestAuthjsReference = {
  base: string;
  reference: AuthjsReference;
  database: Database;
  server: Server;
  close(): Promise<void>;
};

/** Starts the deployment; `close` stops the server and the cluster. */
export async function startTestAuthjsReference(settings: Partial<Pick<AuthjsReferenceSettings, "secret" | "trustProxy">> = {}): Promise<TestAuthjsReference> {
  const database = await openDatabase({});
  const { server, base, close: closeServer } = await listenOnTestPort();
  const reference = createAuthjsReference({ database: database.pool, appUrl: base, trustedOrigins: [TEST_FRONTEND], testMailbox: true, log: () => {}, ...settings });
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
export function useTestAuthjsReference(settings: Parameters<typeof startTestAuthjsReference>[0] = {}): { readonly running: TestAuthjsReference; readonly auth: string } {
  return useTestDeployment(() => startTestAuthjsReference(settings));
}
