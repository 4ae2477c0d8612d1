// The handler list and the spec's operations are held together: every operation has exactly one handler.
import { expect, test } from "vitest";
import { operations } from "#openapi";
import { operationHandlers } from "./index.ts";

test("every operation of the contract has a handler", () => {
  const missing = operations.map((op) => op.operationId).filter((id) => operationHandlers[id] === undefined);
  expect(missing).toEqual([]);
});

test("every handler answers an operation of the contract", () => {
  const ids = new Set(operations.map((op) => op.operationId));
  expect(Object.keys(operationHandlers).filter((id) => !ids.has(id))).toEqual([]);
});
