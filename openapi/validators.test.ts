import { expect, test } from "vitest";
import { validateResponse } from "./validators.ts";

test("accepts a body of the declared shape and lists what is wrong with another", () => {
  expect(validateResponse("isUsernameAvailable", 200, { available: true })).toEqual({ ok: true });
  const result = validateResponse("isUsernameAvailable", 200, { available: "yes" });
  expect(result.ok).toBe(false);
  expect(result.ok ? [] : result.diagnostics.map((diagnostic) => diagnostic.path)).toEqual(["available"]);
});

test("refuses a status the operation does not declare, whatever the body", () => {
  expect(validateResponse("isUsernameAvailable", 418, { available: true })).toMatchObject({ ok: false, diagnostics: [{ path: "(status)" }] });
});

test("checks one body against each operation and status on its own", () => {
  const body = { available: true };
  expect(validateResponse("isUsernameAvailable", 200, body).ok).toBe(true);
  expect(validateResponse("isUsernameAvailable", 400, body).ok).toBe(false);
  expect(validateResponse("isUsernameAvailable", 200, body).ok).toBe(true);
});

test("judges a body as it was first checked: a check that changes it later does not change the verdict", () => {
  const body: Record<string, unknown> = { available: true };
  expect(validateResponse("isUsernameAvailable", 200, body).ok).toBe(true);
  body.available = "yes";
  expect(validateResponse("isUsernameAvailable", 200, body).ok).toBe(true);
  expect(validateResponse("isUsernameAvailable", 200, { ...body }).ok).toBe(false);
});
