// temetro's zod trims a string before it counts it (`z.string().trim().min(3)`), while the spec's
// minLength and maxLength count the value as sent: "  .  " passes the spec, not temetro. The trimmed
// values checked against the spec's own bounds, refused as temetro's 400 "Validation failed".
import { z } from "zod";
import { lengthBounds } from "#openapi";
import { ReplyError, temetroValidationReply } from "../core/reply.ts";

/** Throws temetro's 400 when a trimmed value falls outside its property's length bounds. */
export function checkTrimmedLengths(schemaName: string, values: Record<string, string>): void {
  const details = Object.entries(values).flatMap(([property, value]) => {
    const { minLength, maxLength } = lengthBounds(schemaName, property);
    let check = z.string();
    if (minLength !== undefined) check = check.min(minLength);
    if (maxLength !== undefined) check = check.max(maxLength);
    const result = check.safeParse(value.trim());
    return result.success ? [] : result.error.issues.map((issue) => ({ ...issue, path: [property, ...issue.path] }));
  });
  if (details.length > 0) throw new ReplyError(temetroValidationReply(details));
}
