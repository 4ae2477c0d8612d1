// Runtime validators derived from the spec with zod 4's z.fromJSONSchema: OpenAPI 3.1 schemas are
// JSON Schema 2020-12, so the validators are computed from the bundled document at load time and
// cannot drift from it (no generated validator source to keep in step). Request bodies of temetro's
// own routes are built as temetro's zod schemas instead (temetro-input.ts).
import type { ZodType } from "zod";
import { diagnose, jsonSchemaOf } from "./document/contract-document.ts";
import type { ValidationResult } from "./document/contract-document.ts";
import { getOperation } from "./operations.ts";
import { resolveRef } from "./resolve-ref.ts";
import { buildTemetroInput } from "./temetro-input.ts";
import { temetroDocument } from "./temetro-document.ts";

export { resolveRef } from "./resolve-ref.ts";
export type { Diagnostic, ValidationResult } from "./document/contract-document.ts";
export { temetroDocument } from "./temetro-document.ts";

/** The validator of a named component schema (components.schemas.<name>). */
export function componentValidator(name: string): ZodType {
  return temetroDocument.componentValidator(name);
}

/** The validator of a JSON Schema written elsewhere in the spec (x-realtime), cached under `key`; `#/components/schemas` refs resolve. */
export function schemaValidator(key: string, schema: unknown): ZodType {
  return temetroDocument.schemaValidator(key, schema);
}

const temetroInputs = new Map<string, ZodType>();

/**
 * The validator of an operation's JSON request body, or undefined when it takes none. temetro's own
 * routes get the schema temetro's code builds (buildTemetroInput), so their issues are temetro's.
 */
export function requestBodyValidator(operationId: string): ZodType | undefined {
  const schema = jsonSchemaOf(resolveRef(temetroDocument.getOperation(operationId).raw.requestBody));
  if (schema === undefined) return undefined;
  if (getOperation(operationId).family === "better-auth") return schemaValidator(`${operationId}:request`, schema);
  const cached = temetroInputs.get(operationId) ?? buildTemetroInput(schema);
  temetroInputs.set(operationId, cached);
  return cached;
}

/** The validator of an operation's JSON response for a status, or undefined when that response has no JSON body. */
export function responseValidator(operationId: string, status: number): ZodType | undefined {
  return temetroDocument.responseValidator(operationId, status);
}

/**
 * Checks a response against the contract: the status must be declared by the operation, and a
 * JSON body must match that response's schema. Returns every problem found instead of throwing.
 */
export function validateResponse(operationId: string, status: number, body: unknown): ValidationResult {
  return temetroDocument.validateResponse(operationId, status, body);
}

/** Checks a request body against an operation's request schema. */
export function validateRequestBody(operationId: string, body: unknown): ValidationResult {
  const validator = requestBodyValidator(operationId);
  return validator === undefined ? { ok: true } : diagnose(validator, body);
}
