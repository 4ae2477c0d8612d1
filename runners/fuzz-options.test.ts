// The fuzz command's arguments: defaults, a printed random seed, and readable usage errors.
import { expect, test } from "vitest";
import { UsageError } from "./errors.ts";
import { readFuzzOptions } from "./fuzz-options.ts";

test("defaults to 100 cases per operation, the in-process mock and a random seed", () => {
  const options = readFuzzOptions({});
  expect(options).toMatchObject({ cases: 100, safe: false, only: [], frontendOrigin: "http://localhost:3000" });
  expect(options.url).toBeUndefined();
  expect(Number.isInteger(options.seed)).toBe(true);
});

test("reads --cases, --seed, --safe and --only", () => {
  expect(readFuzzOptions({ cases: "7", seed: "42", safe: true, only: ["createPatient,signInEmail"] }))
    .toMatchObject({ cases: 7, seed: 42, safe: true, only: ["createPatient", "signInEmail"] });
});

test("refuses a count, seed or operation it cannot use, saying what to pass", () => {
  expect(() => readFuzzOptions({ cases: "many" })).toThrow(new UsageError('Failed to read --cases "many": use a whole number from 1 to 100000.'));
  expect(() => readFuzzOptions({ seed: "-1" })).toThrow(UsageError);
  expect(() => readFuzzOptions({ only: ["createPatients"] })).toThrow(/not an operationId of the spec/);
});
