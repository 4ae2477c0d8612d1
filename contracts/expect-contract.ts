// Assertions against the contract: a response conforms to its operation, an error is exactly one
// of the two families' entries, and a typed body read only after the spec's validator accepted it.
import { expect } from "vitest";
import { betterAuthError, validateResponse } from "#openapi";
import type { BetterAuthErrorCode, Diagnostic, OperationTypes } from "#openapi";
import type { Exchange } from "#targets/target";

type OperationId = keyof OperationTypes & string;
type JsonOf<O extends OperationId, S extends number> = OperationTypes[O]["responses"] extends infer R
  ? S extends keyof R ? R[S] extends { content: { "application/json": infer B } } ? B : never : never
  : never;

/** The diagnostics of an exchange against an operation (its own by default); empty when it conforms. */
export function diagnoseExchange(exchange: Exchange, operationId = exchange.operationId): Diagnostic[] {
  if (operationId === null) return [];
  const result = validateResponse(operationId, exchange.status, exchange.body);
  return result.ok ? [] : result.diagnostics;
}

/** The status is declared by the operation and the body matches that response's schema. */
export function expectConforms(exchange: Exchange, operationId = exchange.operationId): void {
  if (operationId === null) throw new Error(`Failed to check ${exchange.request.method} ${exchange.request.path}: it addresses no operation of the contract. Name one with operationId.`);
  const diagnostics = diagnoseExchange(exchange, operationId);
  if (diagnostics.length > 0) {
    const lines = diagnostics.map(({ path, message }) => `  ${path}: ${message}`).join("\n");
    expect.fail(`${exchange.request.method} ${exchange.request.path} → ${exchange.status} does not conform to ${operationId}:\n${lines}`);
  }
}

/** The exchange conforms, has this status, and its body, read with the operation's type. */
export function bodyOf<O extends OperationId, S extends number>(exchange: Exchange, operationId: O, status: S): JsonOf<O, S> {
  expect(exchange.status, `status of ${exchange.request.method} ${exchange.request.path}`).toBe(status);
  const body = exchange.body;
  if (isValidated<JsonOf<O, S>>(body, operationId, status)) return body;
  expectConforms(exchange, operationId);
  throw new Error(`Failed to read the body of ${operationId}: it does not match the spec.`);
}

function isValidated<T>(body: unknown, operationId: string, status: number): body is T {
  return validateResponse(operationId, status, body).ok;
}

/** Better Auth's error family: this status, and exactly `{code, message}` from x-error-codes. */
export function expectBetterAuthError(exchange: Exchange, status: number, code: BetterAuthErrorCode): void {
  expect(exchange.status, `status of ${exchange.request.method} ${exchange.request.path}`).toBe(status);
  expect(exchange.body).toEqual(betterAuthError(code));
}

/** temetro's error family: this status and exactly this `error` string (plus `details` only on validation errors). */
export function expectTemetroError(exchange: Exchange, status: number, error: string): void {
  expect(exchange.status, `status of ${exchange.request.method} ${exchange.request.path}`).toBe(status);
  expect(exchange.body).toMatchObject({ error });
  const keys = typeof exchange.body === "object" && exchange.body !== null ? Object.keys(exchange.body) : [];
  expect(keys.filter((key) => key !== "error" && key !== "details"), "keys besides error and details").toEqual([]);
}
