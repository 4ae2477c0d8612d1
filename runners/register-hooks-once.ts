// module.registerHooks once a thread for each name. A hook's module can run more than once in one
// thread (vitest runs a setup file again before each contract file, under a new URL), and each
// registration adds one more copy of the hook that every later resolve or load passes through.
// Node before 22.15 has no module.registerHooks: nothing is registered there.
import * as nodeModule from "node:module";

const REGISTERED = Symbol.for("temetro-contract.registered-hooks");
type Thread = { [REGISTERED]?: Set<string> };

/** Registers `hooks` unless hooks of that name are registered in this thread; true when it did. */
export function registerHooksOnce(name: string, hooks: nodeModule.RegisterHooksOptions): boolean {
  if (typeof nodeModule.registerHooks !== "function") return false;
  const thread = globalThis as Thread;
  const names = (thread[REGISTERED] ??= new Set());
  if (names.has(name)) return false;
  names.add(name);
  nodeModule.registerHooks(hooks);
  return true;
}
