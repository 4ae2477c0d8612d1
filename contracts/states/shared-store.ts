// Where a worker gets a shared state from: the run's state broker when the runner started one (a
// URL target: built once per run, whoever asks first), else a memo of this worker's in-process
// mock (the mock lives inside the worker, so its states can only be built there).
import { inject } from "vitest";
import { createCleanup } from "../cleanup.ts";
import type { Target } from "#targets/target";
import { brokerAnswerSchema, STATE_BROKER_KEY } from "./state-broker-protocol.ts";
import type { SharedBuild } from "./state-broker-protocol.ts";
import { snapshotOf } from "./state-snapshot.ts";
import type { World } from "./state.ts";

export type SharedStore = {
  /** The state's snapshot, built now (`built`) or earlier; a failed build is not kept, so the next check tries again. */
  get(key: string, build: (world: World) => Promise<unknown>, world: World): Promise<SharedBuild>;
  /** Drops that build (a check that used it failed, and may have changed it): the next check gets a new one. */
  invalidate(key: string, generation: number): Promise<void>;
};

let broker: SharedStore | undefined;
const memos = new WeakMap<Target, SharedStore>();

/**
 * The store for `home`, the worker's target: the broker's client when one was provided, else (the
 * in-process mock) a memo of that target's own, which goes away with it.
 */
export function sharedStore(home: Target): SharedStore {
  const brokerUrl: string | undefined = inject(STATE_BROKER_KEY);
  if (brokerUrl !== undefined) return (broker ??= brokerClient(brokerUrl));
  // A worker's memo would never be undone on a deployment.
  if (home.kind !== "in-process") {
    throw new Error("Failed to share a state: this run has no state broker. Add contracts/states/shared-states-setup.ts to the vitest project's globalSetup (after the one that provides the target), as verify does.");
  }
  const memo = memos.get(home) ?? targetMemo();
  memos.set(home, memo);
  return memo;
}

/**
 * Builds inside the check that asks first (its exchanges are recorded and checked with that
 * check's). Nothing is undone: the in-process mock goes away with the worker.
 */
function targetMemo(): SharedStore {
  const builds = new Map<string, { generation: number; promise: Promise<SharedBuild> }>();
  const kept = createCleanup();
  let generations = 0;
  return {
    async get(key, build, world) {
      const existing = builds.get(key);
      if (existing !== undefined) return { ...(await existing.promise), built: false };
      const generation = ++generations;
      const promise = build({ target: world.target, cleanup: kept }).then(async (value) => ({ snapshot: await snapshotOf(value), generation, built: true }));
      builds.set(key, { generation, promise });
      promise.catch(() => builds.get(key)?.generation === generation && builds.delete(key));
      return promise;
    },
    async invalidate(key, generation) {
      if (builds.get(key)?.generation === generation) builds.delete(key);
    },
  };
}

/** Asks the run's broker (contracts/states/state-broker.ts) over loopback HTTP. */
function brokerClient(url: string): SharedStore {
  const post = async (path: string, body: unknown): Promise<unknown> => {
    const response = await fetch(new URL(path, url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return response.json();
  };
  return {
    async get(key) {
      const parsed = brokerAnswerSchema.safeParse(await post("/build", { key }));
      if (!parsed.success) throw new Error(`Failed to read the state broker's answer for "${key}": ${parsed.error.message}`);
      if ("error" in parsed.data) throw new Error(parsed.data.error);
      return parsed.data;
    },
    async invalidate(key, generation) {
      await post("/invalidate", { key, generation });
    },
  };
}
