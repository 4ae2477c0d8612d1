// `x-leaves-behind` on an operation: an answer of it creates something the API has no route to
// remove (a user where no delete-user route exists), so a run against a deployment leaves it there.
// The suite reports each such thing as not cleaned up instead of staying silent about it.
import { z } from "zod";

export type LeavesBehind = {
  /** What is created, e.g. `user`. */
  thing: string;
  /** The status of the answer that created it. */
  status: number;
  /** A JSON pointer into the answer's body naming the thing, e.g. `/user/email`. */
  name?: string;
  /** Only answers setting a cookie whose name contains this (a sign-in that may have created a user). */
  setsCookie?: string;
};

const leavesBehindSchema = z.strictObject({
  thing: z.string().min(1),
  status: z.number().int().min(100).max(599),
  name: z.string().startsWith("/").optional(),
  setsCookie: z.string().min(1).optional(),
});

/** The operation's `x-leaves-behind`, or undefined; a malformed one is a readable error naming the operation. */
export function leavesBehindOf(operationId: string, raw: Record<string, unknown>): LeavesBehind | undefined {
  const value = raw["x-leaves-behind"];
  if (value === undefined) return undefined;
  const parsed = leavesBehindSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Failed to read x-leaves-behind of ${operationId}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
