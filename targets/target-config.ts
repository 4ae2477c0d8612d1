// The serialisable description of a target that a runner hands to the contract files through
// vitest's provide/inject, and the capabilities it implies.
import { z } from "zod";
import type { TargetCapabilities } from "./target.ts";

/** The provide/inject key the runners use. */
export const TARGET_CONFIG_KEY = "temetroTarget" as const;

const capabilitiesSchema = z.object({
  clock: z.boolean(),
  mailbox: z.boolean(),
  forwardedForTrusted: z.boolean(),
  safe: z.boolean(),
});

/** The profile whose contract a run checks (`--profile`); temetro unless named. */
const profileSchema = z.string().regex(/^[a-z][a-z0-9-]*$/).default("temetro");

export const targetConfigSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("in-process"), safe: z.boolean().default(false), profile: profileSchema }),
  z.object({
    kind: z.literal("url"),
    profile: profileSchema,
    url: z.url(),
    frontendOrigin: z.url(),
    capabilities: capabilitiesSchema,
    /** Why forwardedForTrusted is what it is, as the capability probe found it. */
    forwardedForEvidence: z.string().default(""),
  }),
]);

export type TargetConfig = z.input<typeof targetConfigSchema>;
export type ParsedTargetConfig = z.output<typeof targetConfigSchema>;

/** Reads a provided value; throws a readable error when a runner passed none or a malformed one. */
export function parseTargetConfig(value: unknown): ParsedTargetConfig {
  if (value === undefined) {
    throw new Error(`Failed to find the target: nothing was provided under "${TARGET_CONFIG_KEY}". Run the contracts with \`temetro-contract verify\` or a vitest project that provides it.`);
  }
  const parsed = targetConfigSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Failed to read the target config: ${z.prettifyError(parsed.error)}. Fix the runner that provides "${TARGET_CONFIG_KEY}".`);
  return parsed.data;
}

/** The in-process mock can do everything: move its clock, read its outbox, trust X-Forwarded-For. */
export function inProcessCapabilities(safe: boolean): TargetCapabilities {
  return { clock: true, mailbox: true, forwardedForTrusted: true, safe };
}

/** Why the in-process mock's forwardedForTrusted is true, in the words a report shows. */
export const IN_PROCESS_FORWARDED_FOR_EVIDENCE = "the in-process mock takes the client IP from X-Forwarded-For";

/** What a target can do, known before it is created. */
export function capabilitiesOf(config: ParsedTargetConfig): TargetCapabilities {
  return config.kind === "url" ? config.capabilities : inProcessCapabilities(config.safe);
}

declare module "vitest" {
  export interface ProvidedContext {
    temetroTarget: TargetConfig;
  }
}
