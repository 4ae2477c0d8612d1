// What a check leaves for the reporters beside pass/fail: security advisories, what could not be
// cleaned up, the exchanges of a failure, and the reason for a skip. Stored in vitest's task.meta, which the json
// reporter writes out and the summary reporter reads back.
import { z } from "zod";

export const SEVERITIES = ["high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

const checkMetaSchema = z.object({
  advisories: z.array(z.object({ id: z.string(), severity: z.enum(SEVERITIES), text: z.string() })),
  leftovers: z.array(z.string()),
  exchanges: z.array(z.string()),
  /** Why the check could not run here (also vitest's skip note, which the json reporter does not write). */
  skipReason: z.string().optional(),
});

export type CheckMeta = z.infer<typeof checkMetaSchema>;
export type Advisory = CheckMeta["advisories"][number];

const KEY = "temetro";

/** The check's record inside a task's meta (the stored object itself, to write to), created empty on first use. */
export function checkMetaOf(meta: object): CheckMeta {
  const stored = storedValue(meta);
  if (isCheckMeta(stored)) return stored;
  const created: CheckMeta = { advisories: [], leftovers: [], exchanges: [] };
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
