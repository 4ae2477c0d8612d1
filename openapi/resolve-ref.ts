// Resolving `#/...` references inside the bundled document (shared by the validator builders).
import { spec } from "./spec.ts";
import { isRecord } from "./is-record.ts";
import { resolveRefIn } from "./document/json-pointer.ts";

/** Resolves a `#/components/...` reference inside the bundled document. */
export function resolveRef(value: unknown): unknown {
  return resolveRefIn(spec, value);
}

/**
 * A schema node with its `$ref` followed: the referenced schema, with the referring node's own
 * keywords (a `default`, a `description`, an `x-` keyword) laid over it.
 */
export function resolveSchema(node: unknown): Record<string, unknown> {
  if (!isRecord(node)) return {};
  if (typeof node.$ref !== "string") return node;
  const { $ref, ...own } = node;
  const target = resolveRef({ $ref });
  return { ...(isRecord(target) ? resolveSchema(target) : {}), ...own };
}
