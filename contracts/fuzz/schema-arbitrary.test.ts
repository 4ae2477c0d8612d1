// The generators against the spec's own validators: every generated valid body is accepted, every
// generated invalid one refused, for every operation that takes a body.
import fc from "fast-check";
import { expect, test } from "vitest";
import { operations } from "#openapi";
import { invalidBodyArbitrary, violationsOf } from "./invalid-arbitrary.ts";
import { freshEmail } from "./known-values.ts";
import { operationInputs } from "./operation-inputs.ts";
import { schemaArbitrary } from "./schema-arbitrary.ts";

const withBodies = operations.map((operation) => ({ operation, body: operationInputs(operation).body })).filter((entry) => entry.body !== undefined);

test("generates bodies every operation's request validator accepts", () => {
  for (const { operation, body } of withBodies) {
    const samples = fc.sample(schemaArbitrary(body?.schema, { email: freshEmail }), { numRuns: 40, seed: 7 });
    const refused = samples.filter((sample) => body?.validator.safeParse(sample).success !== true);
    expect(refused, `${operation.operationId}: generated bodies its validator refuses`).toEqual([]);
  }
});

test("generates invalid bodies the validators refuse, malformed JSON included", () => {
  for (const { operation, body } of withBodies) {
    if (body === undefined) continue;
    const samples = fc.sample(invalidBodyArbitrary(body.schema, body.validator, { email: freshEmail }), { numRuns: 30, seed: 7 });
    for (const sample of samples) {
      if ("raw" in sample) expect(() => JSON.parse(sample.raw), `${operation.operationId}: ${sample.raw}`).toThrow();
      else expect(body.validator.safeParse(sample.json).success, `${operation.operationId}: ${sample.fault}`).toBe(false);
    }
  }
});

test("finds values outside a property's own constraints", () => {
  const tooLong = fc.sample(fc.oneof(...violationsOf({ type: "string", maxLength: 3 })), { numRuns: 50, seed: 1 });
  expect(tooLong.every((value) => typeof value !== "string" || value.length > 3)).toBe(true);
  const outOfRange = fc.sample(fc.oneof(...violationsOf({ type: "integer", minimum: 1, maximum: 5 })), { numRuns: 50, seed: 1 });
  expect(outOfRange.every((value) => typeof value !== "number" || value < 1 || value > 5 || !Number.isInteger(value))).toBe(true);
  expect(violationsOf({})).toEqual([]);
});

test("shrinks a generated string towards the shortest the schema allows", () => {
  const result = fc.check(fc.property(schemaArbitrary({ type: "string", minLength: 2 }), (value) => String(value).length < 5), { seed: 3 });
  expect(result.failed).toBe(true);
  expect(String(result.counterexample?.[0]).length).toBe(5);
});
