// One test deployment per test file: started before its tests, stopped after them, read inside a test.
import { afterAll, beforeAll } from "vitest";

/** `start` runs in beforeAll and the deployment's `close` in afterAll; `auth` is its Better Auth base. */
export function useTestDeployment<T extends { base: string; close(): Promise<void> }>(start: () => Promise<T>): { readonly running: T; readonly auth: string } {
  let running: T | undefined;
  beforeAll(async () => {
    running = await start();
  }, 60_000);
  afterAll(async () => {
    await running?.close();
  });
  const started = () => {
    if (running === undefined) throw new Error("Failed to reach the test deployment: it starts in beforeAll, so use it inside a test.");
    return running;
  };
  return {
    get running() {
      return started();
    },
    get auth() {
      return `${started().base}/api/auth`;
    },
  };
}
