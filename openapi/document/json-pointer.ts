// JSON pointers inside one value: following `#/...` references inside a bundled document, and
// reading a field of a body (`/user/email`).
import { isRecord } from "../is-record.ts";

/** The value a JSON pointer (`/a/b`, with `~1` for `/` and `~0` for `~`) addresses in `root`, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  return pointer
    .replace(/^#?\//, "")
    .split("/")
    .reduce<unknown>((node, segment) => (isRecord(node) ? node[segment.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined), root);
}

/** Resolves a `#/components/...` reference (and references it leads to) inside `document`. */
export function resolveRefIn(document: unknown, value: unknown): unknown {
  let current = value;
  for (let depth = 0; isRecord(current) && typeof current.$ref === "string" && depth < 10; depth++) current = valueAt(document, current.$ref);
  return current;
}
