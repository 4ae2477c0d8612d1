// One running thing for a test file: started before its tests, closed after them.
import { afterAll, beforeAll } from "vitest";

/** Starts `start()` in beforeAll and closes it in afterAll; the getter throws outside a test. */
export function usePerFile<T extends { close(): Promise<void> }>(start: () => Promise<T>): () => T {
  let running: T | undefined;
  beforeAll(async () => {
    running = await start();
  }, 60_000);
  afterAll(async () => {
    await running?.close();
  });
  return () => {
    if (running === undefined) throw new Error("Failed to reach the test deployment: it starts in beforeAll, so use it inside a test.");
    return running;
  };
}
