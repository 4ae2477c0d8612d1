// temetro's zod trims a string before it counts it (`z.string().trim().min(3)`), while the spec's
// minLength and maxLength count the value as sent: "  .  " passes the spec, not temetro. The trimmed
// values checked against the spec's own bounds, refused as temetro's 400 "Validation failed".
import { z } from "zod";
import { resolveRef, spec } from "#openapi";
import { ReplyError, temetroReply } from "../core/reply.ts";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function boundsOf(schemaName: string, property: string): { minLength?: number; maxLength?: number } {
  const schema = resolveRef(spec.components.schemas[schemaName]);
  const node = isRecord(schema) && isRecord(schema.properties) ? resolveRef(schema.properties[property]) : undefined;
  if (!isRecord(node)) throw new Error(`Failed to read the bounds of ${schemaName}.${property}: the spec has no such property. Fix the caller in mocks/services.`);
  return {
    ...(typeof node.minLength === "number" ? { minLength: node.minLength } : {}),
    ...(typeof node.maxLength === "number" ? { maxLength: node.maxLength } : {}),
  };
}

/** Throws temetro's 400 when a trimmed value falls outside its property's length bounds. */
export function checkTrimmedLengths(schemaName: string, values: Record<string, string>): void {
  const details = Object.entries(values).flatMap(([property, value]) => {
    const { minLength, maxLength } = boundsOf(schemaName, property);
    let check = z.string();
    if (minLength !== undefined) check = check.min(minLength);
    if (maxLength !== undefined) check = check.max(maxLength);
    const result = check.safeParse(value.trim());
    return result.success ? [] : result.error.issues.map((issue) => ({ ...issue, path: [property, ...issue.path] }));
  });
  if (details.length === 0) return;
  const { status, body } = temetroReply("VALIDATION_FAILED");
  throw new ReplyError({ status, body: { ...(isRecord(body) ? body : {}), details } });
}
