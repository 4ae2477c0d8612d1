// What the run's state broker and the workers say to each other: the provide/inject key of its
// address, and its answers (a built state's snapshot, or why the build failed), parsed on arrival.
import { z } from "zod";

/** The provide/inject key under which the shared-states global setup hands out the broker's URL. */
export const STATE_BROKER_KEY = "temetroStateBroker" as const;

export const stateSnapshotSchema = z.object({
  value: z.json().describe("The state's value, each actor replaced by { $actor: index }."),
  actors: z.array(z.object({ label: z.string(), cookies: z.string().describe("The actor's cookie jar, as Actor.saveCookies() saved it.") })),
});

export const sharedBuildSchema = z.object({
  snapshot: stateSnapshotSchema,
  /** Which build this is: a check that failed on it drops that build, and only that one. */
  generation: z.number().int(),
  /** True for the one request that made the build; the others got it ready-made. */
  built: z.boolean(),
});

export const brokerAnswerSchema = z.union([sharedBuildSchema, z.object({ error: z.string() })]);
export const buildRequestSchema = z.object({ key: z.string() });
export const invalidateRequestSchema = z.object({ key: z.string(), generation: z.number().int() });

export type StateSnapshot = z.infer<typeof stateSnapshotSchema>;
export type SharedBuild = z.infer<typeof sharedBuildSchema>;
export type BrokerAnswer = z.infer<typeof brokerAnswerSchema>;

declare module "vitest" {
  export interface ProvidedContext {
    temetroStateBroker: string;
  }
}
