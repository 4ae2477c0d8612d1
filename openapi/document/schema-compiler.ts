// Runtime validators from a bundled document's schemas with zod 4's z.fromJSONSchema: OpenAPI 3.1
// schemas are JSON Schema 2020-12, so validators are computed from the document at load time and
// cannot drift from it. Each is compiled once, with only the component schemas it reaches.
import { z, type ZodType } from "zod";
import { isRecord } from "../is-record.ts";

type JsonObject = Record<string, unknown>;

const DEFS_REF = "#/$defs/";

/** Rewrites component refs to $defs refs, the only local refs z.fromJSONSchema resolves. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (!isRecord(value)) return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === "$ref" && typeof inner === "string") out[key] = inner.replace("#/components/schemas/", DEFS_REF);
    else if (key === "examples" || key === "example") continue;
    else out[key] = rewriteRefs(inner);
  }
  return out;
}

export type SchemaCompiler = {
  /** The validator of a JSON Schema written in the document, cached under `key`; `#/components/schemas` refs resolve. */
  compile(key: string, schema: unknown): ZodType;
  /** The validator of a named component schema (components.schemas.<name>). */
  componentValidator(name: string): ZodType;
};

/** A compiler over a document's component schemas (`components.schemas`). */
export function createSchemaCompiler(componentSchemas: Record<string, unknown>): SchemaCompiler {
  const defs = rewriteRefs(componentSchemas);
  const cache = new Map<string, ZodType>();

  /** The component schemas a (rewritten) schema reaches through its refs: z.fromJSONSchema copies all it is given on every call, so it gets only these. */
  function reachableDefs(schema: unknown, found: JsonObject = {}): JsonObject {
    if (Array.isArray(schema)) schema.forEach((item) => reachableDefs(item, found));
    if (!isRecord(schema)) return found;
    for (const [key, inner] of Object.entries(schema)) {
      const name = key === "$ref" && typeof inner === "string" && inner.startsWith(DEFS_REF) ? inner.slice(DEFS_REF.length) : undefined;
      if (name === undefined) reachableDefs(inner, found);
      else if (!(name in found) && isRecord(defs) && defs[name] !== undefined) {
        found[name] = defs[name];
        reachableDefs(defs[name], found);
      }
    }
    return found;
  }

  function compile(key: string, schema: unknown): ZodType {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const rewritten = rewriteRefs(schema);
    const root = isRecord(rewritten) ? { ...rewritten, $defs: reachableDefs(rewritten) } : rewritten;
    const compiled = z.fromJSONSchema(root as Parameters<typeof z.fromJSONSchema>[0]);
    cache.set(key, compiled);
    return compiled;
  }

  return {
    compile,
    componentValidator(name) {
      if (componentSchemas[name] === undefined) throw new Error(`Failed to find schema "${name}" in the spec's components.`);
      return compile(`#/components/schemas/${name}`, { $ref: `#/components/schemas/${name}` });
    },
  };
}
