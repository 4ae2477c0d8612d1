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

export const targetConfigSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("in-process"), safe: z.boolean().default(false) }),
  z.object({
    kind: z.literal("url"),
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

/** What a target can do, known before it is created (the in-process mock can do everything). */
export function capabilitiesOf(config: ParsedTargetConfig): TargetCapabilities {
  if (config.kind === "url") return config.capabilities;
  return { clock: true, mailbox: true, forwardedForTrusted: true, safe: config.safe };
}

declare module "vitest" {
  export interface ProvidedContext {
    temetroTarget: TargetConfig;
  }
}
