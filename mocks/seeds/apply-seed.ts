// Named scenarios a mock starts from.
import type { MockContext } from "../core/context.ts";
import type { MockOptions, SeedInfo } from "../glossary.ts";

/** Applies a named seed to an empty store; returns what a user needs to know about it. */
export async function applySeed(ctx: MockContext, name: NonNullable<MockOptions["seed"]>): Promise<SeedInfo | null> {
  if (name === "empty") return null;
  const { seedDemoClinic } = await import("./demo-clinic.ts");
  return seedDemoClinic(ctx);
}
