// For the reference's own tests: the profile's reference on a private PostgreSQL cluster and a free
// port, test mailbox on, quiet logs.
import { startOnTestCluster, type TestDeployment } from "../../../../reference/testing/start-on-test-cluster.ts";
import { useTestDeployment } from "../../../../reference/testing/use-test-deployment.ts";
import { createAuthjsReference, type AuthjsReference, type AuthjsReferenceSettings } from "../create-authjs-reference.ts";

export const TEST_FRONTEND = "http://localhost:3000";

export type TestAuthjsReference = TestDeployment<AuthjsReference>;

/** Starts the deployment; `close` stops the server and the cluster. */
export function startTestAuthjsReference(settings: Partial<Pick<AuthjsReferenceSettings, "secret" | "trustProxy">> = {}): Promise<TestAuthjsReference> {
  return startOnTestCluster((database, base) => createAuthjsReference({ database: database.pool, appUrl: base, trustedOrigins: [TEST_FRONTEND], testMailbox: true, log: () => {}, ...settings }));
}

/** One test deployment for a test file: started before its tests, stopped after them. */
export function useTestAuthjsReference(settings: Parameters<typeof startTestAuthjsReference>[0] = {}): { readonly running: TestAuthjsReference; readonly auth: string } {
  return useTestDeployment(() => startTestAuthjsReference(settings));
}
