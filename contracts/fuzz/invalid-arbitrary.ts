// Values a schema refuses, built from the schema itself: a body of the wrong type, a required
// property left out, a property of the wrong type or outside its own constraint (length, pattern,
// enum, format, range, item count), and text that is not JSON at all. Each JSON value is kept only
// when the spec's own validator refuses it, so "invalid" means invalid by the contract.
import fc from "fast-check";
import type { ZodType } from "zod";
import { isRecord } from "#openapi";
import { anyText, mergeAllOf, resolveSchema, schemaArbitrary, stringsOf } from "./schema-arbitrary.ts";
import type { SchemaArbitraryOptions } from "./schema-arbitrary.ts";

// Built once: a string arbitrary costs fast-check a tokenisation of its bias strings.
const unknownPropertyName = fc.string({ minLength: 1, maxLength: 12 });

type Schema = Record<string, unknown>;

/** An invalid body: JSON the schema refuses, or raw text that does not parse. `fault` says what is wrong. */
export type InvalidBody = { fault: string; json: unknown } | { fault: string; raw: string };

/** Values of each JSON Schema type (numbers written as text are strings: a client's classic slip). */
const VALUES_OF_TYPE: Record<string, unknown[]> = {
  string: ["text", "", "42", "true"],
  integer: [7, 0, -1],
  number: [1.5, -0.25],
  boolean: [true, false],
  null: [null],
  array: [[], ["item"]],
  object: [{}, { a: 1 }],
};

/** The types a value of `type` also satisfies (an integer is a number). */
const ALSO: Record<string, string[]> = { integer: ["number"] };

const MALFORMED_JSON = ['{"', "{", "}", "[", '{"a":}', "{'a':1}", "{,}", "nul", "tru", '{"a":1,}', "[1,]", "\u0000", '"unterminated'];

/** Values outside one (resolved) property schema; an empty list when the schema allows anything. */
export function violationsOf(input: unknown): fc.Arbitrary<unknown>[] {
  const schema = mergeAllOf(resolveSchema(input));
  const types = Array.isArray(schema.type) ? stringsOf(schema.type) : typeof schema.type === "string" ? [schema.type] : [];
  const out: fc.Arbitrary<unknown>[] = [];
  const allowed = (type: string) => types.includes(type) || (ALSO[type] ?? []).some((other) => types.includes(other));
  const wrongTypes = types.length === 0 ? [] : Object.entries(VALUES_OF_TYPE).filter(([type]) => !allowed(type)).flatMap(([, values]) => values);
  if (wrongTypes.length > 0) out.push(fc.constantFrom(...wrongTypes));
  const members: unknown[] | undefined = Array.isArray(schema.enum) ? schema.enum : undefined;
  if (members !== undefined) out.push(anyText().filter((value) => !members.includes(value)));
  if (typeof schema.maxLength === "number") out.push(anyText({ minLength: schema.maxLength + 1, maxLength: schema.maxLength + 40 }));
  if (typeof schema.minLength === "number" && schema.minLength > 0) out.push(anyText({ maxLength: schema.minLength - 1 }));
  if (typeof schema.pattern === "string") {
    const pattern = new RegExp(schema.pattern, "u");
    out.push(anyText().filter((value) => !pattern.test(value)));
  }
  if (schema.format === "email") out.push(fc.constantFrom("not-an-email", "a@", "@example.test", "t-a@@example.test"));
  if (schema.format === "date") out.push(fc.constantFrom("2026-13-45", "2026-02-30", "26-1-1", "tomorrow"));
  if (typeof schema.minimum === "number") out.push(fc.integer({ min: schema.minimum - 1000, max: schema.minimum - 1 }));
  if (typeof schema.maximum === "number") out.push(fc.integer({ min: schema.maximum + 1, max: schema.maximum + 1000 }));
  if (types.includes("integer")) out.push(fc.double({ min: -1000, max: 1000, noNaN: true }).filter((value) => !Number.isInteger(value)));
  if (typeof schema.maxItems === "number" && schema.items !== undefined) {
    out.push(fc.array(schemaArbitrary(schema.items), { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 3 }));
  }
  if (schema.type === "array" && isRecord(schema.items)) {
    const itemViolations = violationsOf(schema.items);
    if (itemViolations.length > 0) out.push(fc.array(fc.oneof(...itemViolations), { minLength: 1, maxLength: 2 }));
  }
  return out;
}

/** Faults inside an object: a required property missing, or one property replaced by a value outside its schema. */
function objectFaults(schema: Schema, valid: fc.Arbitrary<unknown>): fc.Arbitrary<{ fault: string; json: unknown }>[] {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = stringsOf(schema.required).filter((name) => name in properties);
  const objects = valid.filter((value): value is Record<string, unknown> => isRecord(value));
  const faults: fc.Arbitrary<{ fault: string; json: unknown }>[] = [];
  if (required.length > 0) {
    faults.push(fc.tuple(objects, fc.constantFrom(...required)).map(([value, name]) => {
      const { [name]: _, ...rest } = value;
      return { fault: `missing required "${name}"`, json: rest };
    }));
  }
  const replaceable = Object.entries(properties)
    .map(([name, property]) => [name, violationsOf(property)] as const)
    .filter(([, violations]) => violations.length > 0);
  if (replaceable.length > 0) {
    const replacement = fc.constantFrom(...replaceable).chain(([name, violations]) => fc.oneof(...violations).map((bad) => ({ name, bad })));
    faults.push(fc.tuple(objects, replacement).map(([value, { name, bad }]) => ({ fault: `"${name}" is ${JSON.stringify(bad)?.slice(0, 60)}`, json: { ...value, [name]: bad } })));
  }
  if (schema.additionalProperties === false) {
    faults.push(fc.tuple(objects, unknownPropertyName.filter((name) => !(name in properties)))
      .map(([value, name]) => ({ fault: `unexpected property "${name}"`, json: { ...value, [name]: 1 } })));
  }
  return faults;
}

/** Bodies the operation's request schema refuses, as its validator says. */
export function invalidBodyArbitrary(input: unknown, validator: ZodType, options: SchemaArbitraryOptions = {}): fc.Arbitrary<InvalidBody> {
  const schema = mergeAllOf(resolveSchema(input));
  const valid = schemaArbitrary(schema, options);
  const json = fc.oneof(
    fc.constantFrom(null, [], "text", 0, true, [{}]).map((value) => ({ fault: `a body of ${JSON.stringify(value)}`, json: value })),
    ...objectFaults(schema, valid),
  ).filter((body) => !validator.safeParse(body.json).success);
  const raw = fc.constantFrom(...MALFORMED_JSON).map((text) => ({ fault: "malformed JSON", raw: text }));
  return fc.oneof({ weight: 4, arbitrary: json }, { weight: 1, arbitrary: raw });
}

/** Query-string values outside a parameter's schema (query values are text: numbers are written out). */
export function invalidQueryValues(input: unknown): fc.Arbitrary<string>[] {
  const schema = resolveSchema(input);
  const out: fc.Arbitrary<string>[] = [];
  const allowed: unknown[] | undefined = Array.isArray(schema.enum) ? schema.enum : undefined;
  if (allowed !== undefined) out.push(anyText().filter((value) => !allowed.includes(value)));
  if (schema.type === "integer" || schema.type === "number") {
    out.push(fc.constantFrom("abc", "1.5", "1e400", "NaN", "0x10", ""));
    if (typeof schema.minimum === "number") out.push(fc.integer({ min: schema.minimum - 1000, max: schema.minimum - 1 }).map(String));
  }
  if (typeof schema.minLength === "number" && schema.minLength > 0) out.push(fc.constant(""));
  return out;
}
