// vitest globalSetup of the contract suite: for a URL target, starts the run's state broker (built
// in this process once per run, undone when the run ends) and provides its address to the workers.
// The in-process mock lives inside each worker, so there the workers build shared states themselves.
import type { TestProject } from "vitest/node";
import { createTarget } from "#targets/create-target";
import { parseTargetConfig, TARGET_CONFIG_KEY } from "#targets/target-config";
import { startStateBroker } from "./state-broker.ts";
import { STATE_BROKER_KEY } from "./state-broker-protocol.ts";

/** Starts the broker (URL targets only) and returns the teardown that undoes every shared state. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const config = parseTargetConfig(project.getProvidedContext()[TARGET_CONFIG_KEY]);
  if (config.kind !== "url") return undefined;
  const target = await createTarget(config);
  const broker = await startStateBroker(target);
  project.provide(STATE_BROKER_KEY, broker.url);
  return async () => {
    const leftovers = await broker.close();
    await target.close();
    for (const leftover of leftovers) process.stderr.write(`Not cleaned up by the shared states: ${leftover}\n`);
  };
}
