// temetro's custom zod messages, read from the spec: a request property's `x-message` replaces the
// default message of its own constraint issues (too_small, invalid_format), as temetro's zod does.
import { resolveRef, spec, type Operation } from "#openapi";

type Issue = { code: string; path: PropertyKey[]; message: string };

const CUSTOMISED_CODES = new Set(["too_small", "invalid_format"]);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function requestSchemaOf(operation: Operation): unknown {
  const raw = spec.paths[operation.path]?.[operation.method];
  const body = isRecord(raw) ? resolveRef(raw.requestBody) : undefined;
  const content = isRecord(body) && isRecord(body.content) ? body.content["application/json"] : undefined;
  return isRecord(content) ? content.schema : undefined;
}

/** The `x-message` on a schema node, looking through a `$ref` (the referring node's own wins). */
function xMessageOf(node: unknown): string | undefined {
  if (!isRecord(node)) return undefined;
  if (typeof node["x-message"] === "string") return node["x-message"];
  const resolved = resolveRef(node);
  return isRecord(resolved) && typeof resolved["x-message"] === "string" ? resolved["x-message"] : undefined;
}

/** The schema node an issue path points at: properties by name, items by index. */
function nodeAt(schema: unknown, path: PropertyKey[]): unknown {
  let node = schema;
  for (const key of path) {
    const resolved = resolveRef(node);
    if (!isRecord(resolved)) return undefined;
    if (typeof key === "number") node = resolved.items;
    else node = isRecord(resolved.properties) ? resolved.properties[String(key)] : undefined;
  }
  return node;
}

/** The issues with every `x-message` of the operation's request schema applied. */
export function applyXMessages<T extends Issue>(operation: Operation, issues: T[]): T[] {
  const schema = requestSchemaOf(operation);
  return issues.map((issue) => {
    if (!CUSTOMISED_CODES.has(issue.code)) return issue;
    const message = xMessageOf(nodeAt(schema, issue.path));
    return message === undefined ? issue : { ...issue, message };
  });
}
