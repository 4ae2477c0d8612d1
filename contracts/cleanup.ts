// The cleanup registry of a check: everything a state creates registers how to undo it; undo
// steps run newest first after the check, and what fails is reported, never thrown.

export type Cleanup = {
  /** Registers an undo step; `what` names the thing for the report ("user t-abc@example.test"). */
  add(what: string, undo: () => Promise<void>): void;
  /** Runs every undo step, newest first; returns what could not be cleaned, with the reason. */
  run(): Promise<string[]>;
};

/** An empty registry. */
export function createCleanup(): Cleanup {
  const steps: Array<{ what: string; undo: () => Promise<void> }> = [];
  return {
    add(what, undo) {
      steps.push({ what, undo });
    },
    async run() {
      const leftovers: string[] = [];
      for (const { what, undo } of steps.splice(0).reverse()) {
        try {
          await undo();
        } catch (error) {
          leftovers.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      return leftovers;
    },
  };
}
