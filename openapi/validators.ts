// Runtime validators derived from the spec with zod 4's z.fromJSONSchema: OpenAPI 3.1 schemas are
// JSON Schema 2020-12, so the validators are computed from the bundled document at load time and
// cannot drift from it (no generated validator source to keep in step). Request bodies of temetro's
// own routes are built as temetro's zod schemas instead (temetro-input.ts).
import { z, type ZodType } from "zod";
import { getOperation } from "./operations.ts";
import { resolveRef } from "./resolve-ref.ts";
import { buildTemetroInput } from "./temetro-input.ts";
import { spec } from "./spec.ts";
import { isRecord } from "./is-record.ts";

export { resolveRef } from "./resolve-ref.ts";

type JsonObject = Record<string, unknown>;

/** Rewrites component refs to $defs refs, the only local refs z.fromJSONSchema resolves. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (!isRecord(value)) return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === "$ref" && typeof inner === "string") out[key] = inner.replace("#/components/schemas/", "#/$defs/");
    else if (key === "examples" || key === "example") continue;
    else out[key] = rewriteRefs(inner);
  }
  return out;
}

const defs = rewriteRefs(spec.components.schemas);
const cache = new Map<string, ZodType>();
const DEFS_REF = "#/$defs/";

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

/** Validators by their schema's text: many operations answer with the same schema (an error family, a record). */
const bySchema = new Map<string, ZodType>();

function compile(key: string, schema: unknown): ZodType {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const rewritten = rewriteRefs(schema);
  const text = JSON.stringify(rewritten);
  const compiled = bySchema.get(text) ?? fromSchema(rewritten);
  bySchema.set(text, compiled);
  cache.set(key, compiled);
  return compiled;
}

function fromSchema(rewritten: unknown): ZodType {
  const root = isRecord(rewritten) ? { ...rewritten, $defs: reachableDefs(rewritten) } : rewritten;
  return z.fromJSONSchema(root as Parameters<typeof z.fromJSONSchema>[0]);
}

/** The validator of a named component schema (components.schemas.<name>). */
export function componentValidator(name: string): ZodType {
  if (spec.components.schemas[name] === undefined) throw new Error(`Failed to find schema "${name}" in the spec's components.`);
  return compile(`#/components/schemas/${name}`, { $ref: `#/components/schemas/${name}` });
}

/** The validator of a JSON Schema written elsewhere in the spec (x-realtime), cached under `key`; `#/components/schemas` refs resolve. */
export function schemaValidator(key: string, schema: unknown): ZodType {
  return compile(key, schema);
}

function rawOperation(operationId: string): JsonObject {
  const op = getOperation(operationId);
  const item = spec.paths[op.path];
  const raw = item?.[op.method];
  if (!isRecord(raw)) throw new Error(`Failed to read operation "${operationId}" from the spec.`);
  return raw;
}

function jsonSchemaOf(container: unknown): unknown {
  const content = isRecord(container) ? container.content : undefined;
  const media = isRecord(content) ? content["application/json"] : undefined;
  return isRecord(media) ? media.schema : undefined;
}

const temetroInputs = new Map<string, ZodType>();

/**
 * The validator of an operation's JSON request body, or undefined when it takes none. temetro's own
 * routes get the schema temetro's code builds (buildTemetroInput), so their issues are temetro's.
 */
export function requestBodyValidator(operationId: string): ZodType | undefined {
  const schema = jsonSchemaOf(resolveRef(rawOperation(operationId).requestBody));
  if (schema === undefined) return undefined;
  if (getOperation(operationId).family === "better-auth") return compile(`${operationId}:request`, schema);
  const cached = temetroInputs.get(operationId) ?? buildTemetroInput(schema);
  temetroInputs.set(operationId, cached);
  return cached;
}

/** The validator of an operation's JSON response for a status, or undefined when that response has no JSON body. */
export function responseValidator(operationId: string, status: number): ZodType | undefined {
  const responses = rawOperation(operationId).responses;
  if (!isRecord(responses)) return undefined;
  const response = resolveRef(responses[String(status)]);
  const schema = jsonSchemaOf(response);
  return schema === undefined ? undefined : compile(`${operationId}:${status}`, schema);
}

export type Diagnostic = { path: string; message: string };
export type ValidationResult = { ok: true } | { ok: false; diagnostics: Diagnostic[] };

// jitless: zod's JIT compiles each object schema into a function on its first parse, which costs more
// than it saves for the few hundred parses a schema gets in a process (a verify worker, a test file).
const PARSE_OPTIONS = { jitless: true } as const;

function diagnose(validator: ZodType, value: unknown): ValidationResult {
  const result = validator.safeParse(value, PARSE_OPTIONS);
  if (result.success) return { ok: true };
  return {
    ok: false,
    diagnostics: result.error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(root)", message: issue.message })),
  };
}

/**
 * Checks a response against the contract: the status must be declared by the operation, and a
 * JSON body must match that response's schema. Returns every problem found instead of throwing.
 */
export function validateResponse(operationId: string, status: number, body: unknown): ValidationResult {
  const op = getOperation(operationId);
  if (!op.statuses.includes(String(status))) {
    return { ok: false, diagnostics: [{ path: "(status)", message: `status ${status} is not declared; the spec declares ${op.statuses.join(", ")}` }] };
  }
  const validator = responseValidator(operationId, status);
  if (validator === undefined) return { ok: true };
  if (typeof body !== "object" || body === null) return diagnose(validator, body);
  // A check reads a body (bodyOf) and the harness checks every exchange again: one parse per body.
  const key = `${operationId} ${status}`;
  const results = responseResults.get(body) ?? new Map<string, ValidationResult>();
  responseResults.set(body, results);
  const known = results.get(key);
  if (known !== undefined) return known;
  const result = diagnose(validator, body);
  results.set(key, result);
  return result;
}

/** Each parsed response body's results by operation and status, for as long as the body lives. */
const responseResults = new WeakMap<object, Map<string, ValidationResult>>();

/** Checks a request body against an operation's request schema. */
export function validateRequestBody(operationId: string, body: unknown): ValidationResult {
  const validator = requestBodyValidator(operationId);
  return validator === undefined ? { ok: true } : diagnose(validator, body);
}
