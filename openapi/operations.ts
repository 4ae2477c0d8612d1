// The operations of the contract, each with its rules, and matching a request to one of them.
import { z } from "zod";
import { readOperationDetails, type OperationDetails } from "./operation-details.ts";
import { operationRulesSchema, spec, type OperationRules } from "./spec.ts";

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

const operationObjectSchema = z.looseObject({
  operationId: z.string(),
  summary: z.string(),
  tags: z.array(z.string()).default([]),
  "x-rules": operationRulesSchema,
  requestBody: z.looseObject({ content: z.record(z.string(), z.looseObject({ schema: z.unknown().optional() })) }).optional(),
  responses: z.record(z.string(), z.unknown()),
});

export type Operation = OperationDetails & {
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
  pattern: RegExp;
  parameterNames: string[];
};

function compilePath(template: string): { pattern: RegExp; parameterNames: string[] } {
  const parameterNames: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      parameterNames.push(name);
      return "([^/]+)";
    })
    .join("");
  return { pattern: new RegExp(`^${source}$`), parameterNames };
}

function readOperations(): Operation[] {
  const result: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      if (item[method] === undefined) continue;
      const op = operationObjectSchema.parse(item[method]);
      result.push({
        ...readOperationDetails(op.operationId, op, item),
        operationId: op.operationId,
        method,
        path,
        summary: op.summary,
        tags: op.tags,
        rules: op["x-rules"],
        family: path.startsWith("/api/auth/") ? "better-auth" : "temetro",
        hasRequestBody: op.requestBody !== undefined,
        statuses: Object.keys(op.responses),
        ...compilePath(path),
      });
    }
  }
  return result;
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
export type OperationMatch = { operation: Operation; params: Record<string, string>; malformed: boolean };

/**
 * The operation a request method and pathname address, with its path parameters, or undefined. A
 * parameter whose percent-escapes do not decode (`%zz`) is kept as sent and `malformed` is true.
 */
export function matchOperation(method: string, pathname: string): OperationMatch | undefined {
  const lower = method.toLowerCase();
  for (const operation of operations) {
    if (operation.method !== lower) continue;
    const match = operation.pattern.exec(pathname);
    if (match === null) continue;
    let malformed = false;
    const params = Object.fromEntries(operation.parameterNames.map((name, i) => {
      const raw = match[i + 1] ?? "";
      try {
        return [name, decodeURIComponent(raw)];
      } catch {
        malformed = true;
        return [name, raw];
      }
    }));
    return { operation, params, malformed };
  }
  return undefined;
}

/** The operations whose path template matches a pathname, whatever their method. */
export function operationsAt(pathname: string): Operation[] {
  return operations.filter((operation) => operation.pattern.test(pathname));
}
