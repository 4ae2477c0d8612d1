// Any profile's bundled OpenAPI document read into what the suite and the targets need of it: its
// operations, matching a request to one, and validating a response against it. temetro's richer
// reading (rules, details, role matrix) stands on this one (../operations.ts, ../validators.ts).
import { z, type ZodType } from "zod";
import { isRecord } from "../is-record.ts";
import { resolveRefIn } from "./json-pointer.ts";
import { leavesBehindOf, type LeavesBehind } from "./leaves-behind.ts";
import { compilePath, matchPath, type PathMatch, type PathTemplate } from "./path-template.ts";
import { createSchemaCompiler } from "./schema-compiler.ts";

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type DocumentOperation = PathTemplate & {
  operationId: string;
  method: HttpMethod;
  /** The path template as the spec writes it, e.g. `/api/auth/reset-password/{token}`. */
  path: string;
  summary: string;
  tags: string[];
  /** The statuses the spec declares, as strings. */
  statuses: string[];
  /** The operation object as the document writes it. */
  raw: Record<string, unknown>;
  /** What an answer of it creates that the API cannot remove (`x-leaves-behind`). */
  leavesBehind?: LeavesBehind;
};

export type Diagnostic = { path: string; message: string };
export type ValidationResult = { ok: true } | { ok: false; diagnostics: Diagnostic[] };

export type ContractDocument = {
  readonly title: string;
  readonly version: string;
  readonly operations: readonly DocumentOperation[];
  getOperation(operationId: string): DocumentOperation;
  matchOperation(method: string, pathname: string): PathMatch<DocumentOperation> | undefined;
  resolveRef(value: unknown): unknown;
  componentValidator(name: string): ZodType;
  /** A JSON Schema written elsewhere in the document, compiled once under `key`. */
  schemaValidator(key: string, schema: unknown): ZodType;
  /** The validator of an operation's JSON response for a status, or undefined when that response has no JSON body. */
  responseValidator(operationId: string, status: number): ZodType | undefined;
  /** The status is declared by the operation and a JSON body matches that response's schema; every problem, never a throw. */
  validateResponse(operationId: string, status: number, body: unknown): ValidationResult;
};

const documentSchema = z.looseObject({
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()).default({}) }).default({ schemas: {} }),
});

const operationObjectSchema = z.looseObject({
  operationId: z.string(),
  summary: z.string().default(""),
  tags: z.array(z.string()).default([]),
  responses: z.record(z.string(), z.unknown()),
});

/** The JSON schema of a request body or response, or undefined when it has no JSON content. */
export function jsonSchemaOf(container: unknown): unknown {
  const content = isRecord(container) ? container.content : undefined;
  const media = isRecord(content) ? content["application/json"] : undefined;
  return isRecord(media) ? media.schema : undefined;
}

// jitless: zod's JIT compiles each object schema into a function on its first parse, which costs more
// than it saves for the few hundred parses a schema gets in a process (a verify worker, a test file).
const PARSE_OPTIONS = { jitless: true } as const;

/** Every problem a validator finds in a value, as path and message. */
export function diagnose(validator: ZodType, value: unknown): ValidationResult {
  const result = validator.safeParse(value, PARSE_OPTIONS);
  if (result.success) return { ok: true };
  return {
    ok: false,
    diagnostics: result.error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(root)", message: issue.message })),
  };
}

/** Each parsed response body's results by operation and status, for as long as the body lives. */
const bodyResults = new WeakMap<object, Map<string, ValidationResult>>();

/**
 * A check reads a body (bodyOf) and the harness checks every exchange again: a body object is parsed
 * once per operation and status, and judged as it was first checked.
 */
function diagnoseOnce(validator: ZodType, key: string, body: unknown): ValidationResult {
  if (typeof body !== "object" || body === null) return diagnose(validator, body);
  const results = bodyResults.get(body) ?? new Map<string, ValidationResult>();
  bodyResults.set(body, results);
  const known = results.get(key) ?? diagnose(validator, body);
  results.set(key, known);
  return known;
}

/** Reads a bundled document (refs only inside it); throws a readable error for one that is not OpenAPI. */
export function readContractDocument(bundled: unknown): ContractDocument {
  const parsed = documentSchema.safeParse(bundled);
  if (!parsed.success) throw new Error(`Failed to read the OpenAPI document: ${z.prettifyError(parsed.error)}`);
  const document = parsed.data;
  const operations: DocumentOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const raw = item[method];
      if (raw === undefined) continue;
      const op = operationObjectSchema.parse(raw);
      if (!isRecord(raw)) continue; // parse accepted it: always an object
      // raw as written (no defaults filled in), so a stricter reading of the same object sees what the document says.
      const leavesBehind = leavesBehindOf(op.operationId, raw);
      operations.push({
        operationId: op.operationId, method, path, summary: op.summary, tags: op.tags, statuses: Object.keys(op.responses), raw,
        ...(leavesBehind === undefined ? {} : { leavesBehind }),
        ...compilePath(path),
      });
    }
  }
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  const compiler = createSchemaCompiler(document.components.schemas);
  const resolveRef = (value: unknown) => resolveRefIn(document, value);
  const getOperation = (operationId: string) => {
    const op = byId.get(operationId);
    if (op === undefined) throw new Error(`Failed to find operation "${operationId}": it is not in ${document.info.title}'s document.`);
    return op;
  };
  const responseValidator = (operationId: string, status: number) => {
    const responses = getOperation(operationId).raw.responses;
    const schema = jsonSchemaOf(resolveRef(isRecord(responses) ? responses[String(status)] : undefined));
    return schema === undefined ? undefined : compiler.compile(`${operationId}:${status}`, schema);
  };
  return {
    title: document.info.title,
    version: document.info.version,
    operations,
    getOperation,
    matchOperation: (method, pathname) => matchPath(operations, method, pathname),
    resolveRef,
    componentValidator: compiler.componentValidator,
    schemaValidator: compiler.compile,
    responseValidator,
    validateResponse(operationId, status, body) {
      const op = getOperation(operationId);
      if (!op.statuses.includes(String(status))) {
        return { ok: false, diagnostics: [{ path: "(status)", message: `status ${status} is not declared; the spec declares ${op.statuses.join(", ")}` }] };
      }
      const validator = responseValidator(operationId, status);
      return validator === undefined ? { ok: true } : diagnoseOnce(validator, `${operationId} ${status}`, body);
    },
  };
}
