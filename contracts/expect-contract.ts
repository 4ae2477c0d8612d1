// Assertions against the contract: a response conforms to its operation, an error is exactly one
// of the two families' entries, and a typed body read only after the spec's validator accepted it.
import { expect } from "vitest";
import { betterAuthError, temetroDocument } from "#openapi";
import type { BetterAuthErrorCode, ContractDocument, Diagnostic, OperationTypes } from "#openapi";
import type { Exchange } from "#targets/target";

/** A profile's generated `operations` type: each operation's responses by status. */
type OperationsOf<Ops> = { [K in keyof Ops]: { responses: unknown } };
type JsonIn<Ops extends OperationsOf<Ops>, O extends keyof Ops, S extends number> = Ops[O]["responses"] extends infer R
  ? S extends keyof R ? R[S] extends { content: { "application/json": infer B } } ? B : never : never
  : never;

/** The diagnostics of an exchange against an operation of a contract (its own, temetro's by default); empty when it conforms. */
export function diagnoseExchange(exchange: Exchange, operationId = exchange.operationId, document: ContractDocument = temetroDocument): Diagnostic[] {
  if (operationId === null) return [];
  const result = document.validateResponse(operationId, exchange.status, exchange.body);
  return result.ok ? [] : result.diagnostics;
}

/** The status is declared by the operation (of temetro's contract unless another document is given) and the body matches that response's schema. */
export function expectConforms(exchange: Exchange, operationId = exchange.operationId, document: ContractDocument = temetroDocument): void {
  if (operationId === null) throw new Error(`Failed to check ${exchange.request.method} ${exchange.request.path}: it addresses no operation of the contract. Name one with operationId.`);
  const diagnostics = diagnoseExchange(exchange, operationId, document);
  if (diagnostics.length > 0) {
    const lines = diagnostics.map(({ path, message }) => `  ${path}: ${message}`).join("\n");
    expect.fail(`${exchange.request.method} ${exchange.request.path} → ${exchange.status} does not conform to ${operationId}:\n${lines}`);
  }
}

/** A profile's `bodyOf`: the exchange has this status and conforms to the profile's document, and its body is read with the operation's type. */
export function bodyReader<Ops extends OperationsOf<Ops>>(document: ContractDocument) {
  return function bodyOf<O extends keyof Ops & string, S extends number>(exchange: Exchange, operationId: O, status: S): JsonIn<Ops, O, S> {
    expect(exchange.status, `status of ${exchange.request.method} ${exchange.request.path}`).toBe(status);
    const body = exchange.body;
    if (isValidated<JsonIn<Ops, O, S>>(document, body, operationId, status)) return body;
    expectConforms(exchange, operationId, document);
    throw new Error(`Failed to read the body of ${operationId}: it does not match the spec.`);
  };
}

function isValidated<T>(document: ContractDocument, body: unknown, operationId: string, status: number): body is T {
  return document.validateResponse(operationId, status, body).ok;
}

/** temetro's: the exchange conforms, has this status, and its body, read with the operation's type. */
export const bodyOf = bodyReader<OperationTypes>(temetroDocument);

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
