// The "demo" scenario: one clinic with one user per role. (Filled in with the organization handlers.)
import type { MockContext } from "../core/context.ts";
import type { SeedInfo } from "../glossary.ts";

/** Seeds the demo clinic. */
export async function seedDemoClinic(_ctx: MockContext): Promise<SeedInfo> {
  throw new Error("Failed to seed the demo clinic: not implemented yet.");
}
