// A named state (pact's provider states): built only through the public API, so it works on any
// target, and registering how to undo everything it creates.
import type { Cleanup } from "../cleanup.ts";
import type { Target } from "#targets/target";

/**
 * What a state is built in: the target, and the check's cleanup registry; a shared state says
 * through `sharedUse` whether this check built it or reused a build (the harness records which).
 */
export type World = { target: Target; cleanup: Cleanup; sharedUse?: (use: "built" | "reused") => void };

export type State<S> = {
  /** How the report names it: "a signed-in user with no clinic". */
  name: string;
  build(world: World): Promise<S>;
};

/** Defines a named state. */
export function defineState<S>(name: string, build: (world: World) => Promise<S>): State<S> {
  return { name, build };
}
