// A shared state as a check asks for it: `given(sharedState(name))` answers the catalogue's state,
// built once (per run by the state broker on a URL target, per worker on the in-process mock),
// restored once per worker as actors of its target, and handed to each check as copies of those
// actors (Actor.copy: a copy of each jar, a client IP of its own). The check's meta records the
// build where this check made it, else that it reused one; a check that fails on a shared state
// drops that build, since the failure may have changed it, and the next check gets a new one.
import { onTestFailed, onTestFinished } from "vitest";
import { checkMetaOf } from "../check-meta.ts";
import type { StateCost } from "../check-meta.ts";
import { useTarget } from "../harness.ts";
import type { Target } from "#targets/target";
import { sharedBuilds } from "./shared-catalogue.ts";
import type { SharedStateName, SharedValue } from "./shared-catalogue.ts";
import { sharedStore } from "./shared-store.ts";
import type { SharedBuild } from "./state-broker-protocol.ts";
import { restoreSnapshot, withCopiedActors } from "./state-snapshot.ts";
import type { State } from "./state.ts";

const restored = new WeakMap<Target, Map<string, { generation: number; value: unknown }>>();

/** The shared state of the catalogue named `name`. */
export function sharedState<K extends SharedStateName>(name: K): State<SharedValue<K>> {
  return {
    name,
    shared: true,
    async build(world) {
      const started = performance.now();
      const home = await useTarget();
      const store = sharedStore(home);
      const build = await store.get(name, sharedBuilds[name], world);
      onTestFailed(() => store.invalidate(name, build.generation));
      // The value sharedBuilds[name] built, its actors copied for this check.
      const value = (await withCopiedActors(restoredOnce(home, name, build))) as SharedValue<K>;
      recordSharedCost(name, build.built ? { built: build.durationMs } : { reusedAfter: performance.now() - started });
      return value;
    },
  };
}

/** Records in the check's meta that it built a shared state (the build's time) or reused one (the time it waited). */
export function recordSharedCost(name: string, cost: { built: number } | { reusedAfter: number }): void {
  const entry: StateCost = "built" in cost ? { name, durationMs: cost.built, shared: "built" } : { name, durationMs: cost.reusedAfter, shared: "reused" };
  onTestFinished(({ task }) => void (checkMetaOf(task.meta).states ??= []).push(entry));
}

/** The build restored as actors of `home`, once per build and worker. */
function restoredOnce(home: Target, name: string, build: SharedBuild): unknown {
  const byName = restored.get(home) ?? new Map<string, { generation: number; value: unknown }>();
  restored.set(home, byName);
  const kept = byName.get(name);
  if (kept?.generation === build.generation) return kept.value;
  const value = restoreSnapshot(build.snapshot, home);
  byName.set(name, { generation: build.generation, value });
  return value;
}
