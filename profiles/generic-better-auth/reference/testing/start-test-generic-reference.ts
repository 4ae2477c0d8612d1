// For the reference's own tests: the profile's reference on a private PostgreSQL cluster, its own
// OpenID Connect provider and a free port, test mailbox on.
import type { Server } from "node:http";
import { listenOnTestPort } from "../../../../reference/testing/test-port.ts";
import { openDatabase, type Database } from "../../../../reference/database.ts";
import { useTestDeployment } from "../../../../reference/testing/use-test-deployment.ts";
import { createGenericReference, type GenericReference } from "../create-generic-reference.ts";
import { startOidcProvider, type OidcProvider } from "../oidc-provider.ts";

export const TEST_FRONTEND = "http://localhost:3000";

export type TestGenericReference = {
  base: string;
  reference: GenericReference;
  provider: OidcProvider;
  database: Database;
  server: Server;
  close(): Promise<void>;
};

/** Starts everything the deployment needs; `close` stops the server, the provider and the cluster. */
export async function startTestGenericReference(): Promise<TestGenericReference> {
  const [database, provider] = await Promise.all([openDatabase({}), startOidcProvider()]);
  const { server, base, close: closeServer } = await listenOnTestPort();
  const reference = createGenericReference({
    database: database.pool,
    baseURL: base,
    secret: "generic-reference-test-secret-0123456789abcdef",
    trustedOrigins: [TEST_FRONTEND],
    testMailbox: true,
    oauthEndpoints: provider.endpoints,
    log: () => {},
  });
  await reference.migrate();
  server.on("request", reference.app);
  return {
    base,
    reference,
    provider,
    database,
    server,
    async close() {
      await closeServer();
      await Promise.all([provider.stop(), database.close()]);
    },
  };
}

/** One test deployment for a test file: started before its tests, stopped after them. */
export function useTestGenericReference(): { readonly running: TestGenericReference; readonly auth: string } {
  return useTestDeployment(startTestGenericReference);
}
