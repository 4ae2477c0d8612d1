// A shared state as a check asks for it: `given(sharedState(name))` answers the catalogue's state,
// built once (per run by the state broker on a URL target, per worker on the in-process mock),
// restored once per worker as actors of its target, and handed to each check as copies of those
// actors (Actor.copy: a copy of each jar, a client IP of its own). The check's meta records whether
// it built the state or reused a build; a check that fails on a shared state drops that build,
// since the failure may have changed it, and the next check gets a new one.
import { onTestFailed } from "vitest";
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
    async build(world) {
      const home = await useTarget();
      const store = sharedStore(home);
      const build = await store.get(name, sharedBuilds[name], world);
      onTestFailed(() => store.invalidate(name, build.generation));
      // The value sharedBuilds[name] built, its actors copied for this check.
      const value = (await withCopiedActors(restoredOnce(home, name, build))) as SharedValue<K>;
      world.sharedUse?.(build.built ? "built" : "reused");
      return value;
    },
  };
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
