// For the reference's own tests: the profile's reference on a private PostgreSQL cluster, its own
// OpenID Connect provider and a free port, test mailbox on.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { openDatabase, type Database } from "../../../../reference/database.ts";
import { usePerFile } from "../../../../reference/testing/use-per-file.ts";
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
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await Promise.all([provider.stop(), database.close()]);
    },
  };
}

/** One test deployment for a test file: started before its tests, stopped after them. */
export function useTestGenericReference(): { readonly running: TestGenericReference; readonly auth: string } {
  const started = usePerFile(startTestGenericReference);
  return {
    get running() {
      return started();
    },
    get auth() {
      return `${started().base}/api/auth`;
    },
  };
}
