// A named state (pact's provider states): built only through the public API, so it works on any
// target, and registering how to undo everything it creates.
import type { Cleanup } from "../cleanup.ts";
import type { Target } from "#targets/target";

/** What a state is built in: the target, and the check's cleanup registry. */
export type World = { target: Target; cleanup: Cleanup };

export type State<S> = {
  /** How the report names it: "a signed-in user with no clinic". */
  name: string;
  build(world: World): Promise<S>;
  /**
   * Built once and handed to every check that asks (contracts/states/shared-state.ts), which records
   * its own cost: the build where the check made it, else that it reused one.
   */
  shared?: true;
};

/** Defines a named state. */
export function defineState<S>(name: string, build: (world: World) => Promise<S>): State<S> {
  return { name, build };
}
