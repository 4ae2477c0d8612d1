// Turns the serialisable target config a runner provided into a Target, inside the worker.
import type { Target } from "./target.ts";
import type { ParsedTargetConfig } from "./target-config.ts";
import { createUrlTarget } from "./url.ts";

/** The Target a config describes; the mock is loaded only for the in-process kind. */
export async function createTarget(config: ParsedTargetConfig): Promise<Target> {
  if (config.kind === "url") return createUrlTarget(config);
  const { createInProcessTarget } = await import("./in-process.ts");
  return createInProcessTarget({ safe: config.safe });
}
