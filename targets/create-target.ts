// Turns the serialisable target config a runner provided into a Target, inside the worker.
import { profileNamed } from "./profiles.ts";
import type { Target } from "./target.ts";
import type { ParsedTargetConfig } from "./target-config.ts";

/** The Target a config describes, for its profile; a mock is loaded only for the in-process kind, the network client only for a URL. */
export async function createTarget(config: ParsedTargetConfig): Promise<Target> {
  const profile = profileNamed(config.profile);
  if (config.kind === "url") {
    const { createUrlTarget } = await import("./url.ts");
    return createUrlTarget(config, await profile.document());
  }
  return profile.createInProcessTarget({ safe: config.safe });
}
