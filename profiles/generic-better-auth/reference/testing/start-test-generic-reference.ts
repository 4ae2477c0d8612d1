// For the reference's own tests: the profile's reference on a private PostgreSQL cluster, its own
// OpenID Connect provider and a free port, test mailbox on.
import { startOnTestCluster, type TestDeployment } from "../../../../reference/testing/start-on-test-cluster.ts";
import { useTestDeployment } from "../../../../reference/testing/use-test-deployment.ts";
import { createGenericReference, type GenericReference } from "../create-generic-reference.ts";
import { startOidcProvider, type OidcProvider } from "../oidc-provider.ts";

export const TEST_FRONTEND = "http://localhost:3000";

export type TestGenericReference = TestDeployment<GenericReference> & { provider: OidcProvider };

/** Starts everything the deployment needs; `close` stops the server, the cluster and the provider. */
export async function startTestGenericReference(): Promise<TestGenericReference> {
  const provider = await startOidcProvider();
  const deployment = await startOnTestCluster((database, base) => createGenericReference({
    database: database.pool,
    baseURL: base,
    secret: "generic-reference-test-secret-0123456789abcdef",
    trustedOrigins: [TEST_FRONTEND],
    testMailbox: true,
    oauthEndpoints: provider.endpoints,
    log: () => {},
  }));
  return {
    ...deployment,
    provider,
    async close() {
      await deployment.close();
      await provider.stop();
    },
  };
}

/** One test deployment for a test file: started before its tests, stopped after them. */
export function useTestGenericReference(): { readonly running: TestGenericReference; readonly auth: string } {
  return useTestDeployment(startTestGenericReference);
}
