// What a check leaves for the reporters beside pass/fail: security advisories, what could not be
// cleaned up, the exchanges of a failure (or of an advisory, as its evidence), the reason for a
// skip, a grid check's row (the role matrix, tenant isolation), and what its named states cost to
// set up. Stored in vitest's task.meta, which crosses from the worker to the reporters.
import { z } from "zod";
import { recordedExchangeSchema } from "./recorded-exchange.ts";

export const SEVERITIES = ["high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const GRIDS = ["roles", "isolation"] as const;
export type GridName = (typeof GRIDS)[number];

export const advisorySchema = z.object({
  id: z.string(),
  severity: z.enum(SEVERITIES),
  text: z.string().describe("What was observed and why it is a risk."),
  fix: z.string().describe("What an operator should do about it."),
});

/** An answer as a grid cell shows it: the status, and what else decides it (an error text, a record left out). */
export const gridOutcomeSchema = z.object({ status: z.number().int(), detail: z.string().optional() });

export const gridCellSchema = z.object({
  column: z.string().describe("A role (the roles grid) or the caller (the isolation grid)."),
  expected: gridOutcomeSchema,
  observed: gridOutcomeSchema.optional().describe("Absent when the cell did not run (the check stopped before it)."),
  status: z.enum(["passed", "failed", "not-run"]),
  exchanges: z.array(recordedExchangeSchema).describe("The exchanges of this cell alone, secrets masked."),
});

export const gridRowSchema = z.object({
  grid: z.enum(GRIDS),
  operationId: z.string(),
  cells: z.array(gridCellSchema),
});

/** A named state the check asked for (context.given), with the time it took to set up. */
export const stateCostSchema = z.object({
  name: z.string(),
  durationMs: z.number().nonnegative(),
  shared: z.enum(["built", "reused"]).optional()
    .describe("A shared state (built once, handed to every check that asks): built for this check, or a build reused; absent for a state the check built for itself."),
});

const checkMetaSchema = z.object({
  advisories: z.array(advisorySchema),
  leftovers: z.array(z.string()),
  exchanges: z.array(recordedExchangeSchema),
  /** Why the check could not run here (also vitest's skip note, which the json reporter does not write). */
  skipReason: z.string().optional(),
  grid: gridRowSchema.optional(),
  states: z.array(stateCostSchema).optional(),
});

export type CheckMeta = z.infer<typeof checkMetaSchema>;
export type Advisory = z.infer<typeof advisorySchema>;
export type StateCost = z.infer<typeof stateCostSchema>;
export type GridOutcome = z.infer<typeof gridOutcomeSchema>;
export type GridCell = z.infer<typeof gridCellSchema>;
export type GridRow = z.infer<typeof gridRowSchema>;

const KEY = "temetro";

/** A record with nothing in it. */
export const emptyCheckMeta = (): CheckMeta => ({ advisories: [], leftovers: [], exchanges: [] });

/** The check's record inside a task's meta (the stored object itself, to write to), created empty on first use. */
export function checkMetaOf(meta: object): CheckMeta {
  const stored = storedValue(meta);
  if (isCheckMeta(stored)) return stored;
  const created = emptyCheckMeta();
  Object.assign(meta, { [KEY]: created });
  return created;
}

/** Reads the record back (in a reporter, after serialisation); undefined when the check left none. */
export function readCheckMeta(meta: object): CheckMeta | undefined {
  const parsed = checkMetaSchema.safeParse(storedValue(meta));
  return parsed.success ? parsed.data : undefined;
}

function storedValue(meta: object): unknown {
  const entries: Array<[string, unknown]> = Object.entries(meta);
  return entries.find(([key]) => key === KEY)?.[1];
}

function isCheckMeta(value: unknown): value is CheckMeta {
  return checkMetaSchema.safeParse(value).success;
}
