// One test deployment per test file, read inside a test: the running deployment and its Better Auth base.
import { usePerFile } from "./use-per-file.ts";

/** `start` runs in beforeAll and the deployment's `close` in afterAll; `auth` is its Better Auth base. */
export function useTestDeployment<T extends { base: string; close(): Promise<void> }>(start: () => Promise<T>): { readonly running: T; readonly auth: string } {
  const started = usePerFile(start);
  return {
    get running() {
      return started();
    },
    get auth() {
      return `${started().base}/api/auth`;
    },
  };
}
