// The operations of the contract, each with its rules, and matching a request to one of them.
import { z } from "zod";
import { readOperationDetails, type OperationDetails } from "./operation-details.ts";
import { operationRulesSchema, spec, type OperationRules } from "./spec.ts";
import type { HttpMethod } from "./document/contract-document.ts";
import { matchPath, type PathMatch, type PathTemplate } from "./document/path-template.ts";
import { temetroDocument } from "./temetro-document.ts";

export { HTTP_METHODS } from "./document/contract-document.ts";
export type { HttpMethod } from "./document/contract-document.ts";

const operationObjectSchema = z.looseObject({
  operationId: z.string(),
  summary: z.string(),
  tags: z.array(z.string()).default([]),
  "x-rules": operationRulesSchema,
  requestBody: z.looseObject({ content: z.record(z.string(), z.looseObject({ schema: z.unknown().optional() })) }).optional(),
  responses: z.record(z.string(), z.unknown()),
});

export type Operation = OperationDetails & PathTemplate & {
  operationId: string;
  method: HttpMethod;
  /** The path template as the spec writes it, e.g. `/api/auth/reset-password/{token}`. */
  path: string;
  summary: string;
  tags: string[];
  rules: OperationRules;
  /** Which error family answers: Better Auth under /api/auth/*, temetro elsewhere. */
  family: "better-auth" | "temetro";
  hasRequestBody: boolean;
  /** The statuses the spec declares, as strings ("200", "4XX" is not used). */
  statuses: string[];
};

/** temetro's reading of each operation of its document: the x-rules, the details, the error family. */
function readOperations(): Operation[] {
  return temetroDocument.operations.map(({ operationId, method, path, statuses, pattern, parameterNames, literal, raw }) => {
    const op = operationObjectSchema.parse(raw);
    return {
      ...readOperationDetails(operationId, op, spec.paths[path] ?? {}),
      operationId,
      method,
      path,
      summary: op.summary,
      tags: op.tags,
      rules: op["x-rules"],
      family: path.startsWith("/api/auth/") ? "better-auth" : "temetro",
      hasRequestBody: op.requestBody !== undefined,
      statuses,
      pattern,
      parameterNames,
      ...(literal === undefined ? {} : { literal }),
    };
  });
}

/** Every operation of the contract, in document order. */
export const operations: readonly Operation[] = readOperations();

const byId = new Map(operations.map((op) => [op.operationId, op]));

/** The operation with this operationId; throws for an unknown id (a bug in the caller). */
export function getOperation(operationId: string): Operation {
  const op = byId.get(operationId);
  if (op === undefined) throw new Error(`Failed to find operation "${operationId}": it is not in openapi/openapi.yaml.`);
  return op;
}

/** A matched request: its operation, its path parameters (decoded), and whether one of them failed to decode. */
export type OperationMatch = PathMatch<Operation>;

/**
 * The operation a request method and pathname address, with its path parameters, or undefined. A
 * parameter whose percent-escapes do not decode (`%zz`) is kept as sent and `malformed` is true.
 */
export function matchOperation(method: string, pathname: string): OperationMatch | undefined {
  return matchPath(operations, method, pathname);
}

/** The operations whose path template matches a pathname, whatever their method. */
export function operationsAt(pathname: string): Operation[] {
  return operations.filter((operation) => operation.pattern.test(pathname));
}
