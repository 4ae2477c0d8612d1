// For the reference's own tests: the profile's reference on a private PostgreSQL cluster and a free
// port, test mailbox (and subscription seeding) on.
import { startOnTestCluster, type TestDeployment } from "../../../../reference/testing/start-on-test-cluster.ts";
import { useTestDeployment } from "../../../../reference/testing/use-test-deployment.ts";
import { createSaasReference, type SaasReference } from "../create-saas-reference.ts";

export const TEST_FRONTEND = "http://localhost:3000";

export type TestSaasReference = TestDeployment<SaasReference>;

/** Starts everything the deployment needs; `close` stops the server and the cluster. */
export function startTestSaasReference(): Promise<TestSaasReference> {
  return startOnTestCluster((database, base) => createSaasReference({ database: database.pool, baseURL: base, secret: "saas-reference-test-secret-0123456789abcdef", trustedOrigins: [TEST_FRONTEND], testMailbox: true, log: () => {} }));
}

/** One test deployment for a test file: started before its tests, stopped after them. */
export function useTestSaasReference(): { readonly running: TestSaasReference; readonly auth: string } {
  return useTestDeployment(startTestSaasReference);
}
