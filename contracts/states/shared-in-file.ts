// A state shared by the checks of one contract file: built by the first check that asks, handed to
// each check as copies of its actors, and undone after the file. A file's checks run one after
// another, so no two of them use it at once, and no other file's check uses it at all: for checks
// that may follow each other in a clinic but must not meet other files' checks there (whoever is
// in a clinic's rooms hears every event of it). A check that fails on it drops it; the next builds anew.
import { afterAll, onTestFailed } from "vitest";
import { createCleanup } from "../cleanup.ts";
import { withCopiedActors } from "./state-snapshot.ts";
import type { State } from "./state.ts";

/** `state`, built once for the checks of the file that calls this (at the top of the file). */
export function sharedInFile<S>(state: State<S>): State<S> {
  const name = `${state.name} (for the checks of one file)`;
  const cleanup = createCleanup();
  let kept: { value: Promise<S> } | undefined;
  afterAll(async () => {
    const leftovers = await cleanup.run();
    if (leftovers.length > 0) throw new Error(`Failed to undo the state "${name}" after its file: ${leftovers.join("; ")}. Delete these by hand on the target.`);
  });
  return {
    name,
    async build(world) {
      const building = kept === undefined;
      const current = (kept ??= { value: state.build({ target: world.target, cleanup }) });
      const drop = () => void (kept === current && (kept = undefined));
      const value = await current.value.catch((error: unknown) => {
        drop();
        throw error;
      });
      onTestFailed(drop);
      world.sharedUse?.(building ? "built" : "reused");
      return withCopiedActors(value);
    },
  };
}
