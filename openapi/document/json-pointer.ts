// Following `#/...` references inside one bundled document.
import { isRecord } from "../is-record.ts";

/** Resolves a `#/components/...` reference (and references it leads to) inside `document`. */
export function resolveRefIn(document: unknown, value: unknown): unknown {
  let current = value;
  for (let depth = 0; isRecord(current) && typeof current.$ref === "string" && depth < 10; depth++) {
    const pointer: string = current.$ref;
    current = pointer
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, segment) => (isRecord(node) ? node[segment.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined), document);
  }
  return current;
}
