// JSON Schema 2020-12 (the subset the spec uses) → fast-check arbitraries of values the schema
// accepts. Values shrink the fast-check way (shorter strings, fewer items, optional keys dropped).
// Refs resolve inside the bundled spec; a caller can take over any property by name (known ids).
import fc from "fast-check";
import { isRecord, resolveRef } from "#openapi";

type Schema = Record<string, unknown>;

/** Supplies the arbitrary of a named property instead of its schema (ids of the world, namespaced e-mails). */
export type PropertyOverride = (name: string, schema: Schema) => fc.Arbitrary<unknown> | undefined;

export type SchemaArbitraryOptions = {
  override?: PropertyOverride;
  /** Strings with an e-mail format: namespaced addresses by default. */
  email?: fc.Arbitrary<string>;
};

const MAX_ITEMS = 4;
const dates = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true });
const MAX_DEPTH = 8;

/** The schema with its `$ref` (and the refs it leads to) followed. */
export function resolveSchema(schema: unknown): Schema {
  const resolved = resolveRef(schema);
  return isRecord(resolved) ? resolved : {};
}

/** An object schema with its allOf members merged (properties and required lists), or the schema as is. */
export function mergeAllOf(schema: Schema): Schema {
  if (!Array.isArray(schema.allOf)) return schema;
  const members = schema.allOf.map((member) => mergeAllOf(resolveSchema(member)));
  const { allOf: _, ...rest } = schema;
  return members.reduce<Schema>((merged, member) => ({
    ...member,
    ...merged,
    type: "object",
    properties: { ...(isRecord(member.properties) ? member.properties : {}), ...(isRecord(merged.properties) ? merged.properties : {}) },
    required: [...new Set([...stringsOf(member.required), ...stringsOf(merged.required)])],
  }), { ...rest, properties: isRecord(rest.properties) ? rest.properties : {} });
}

export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

// fast-check tokenises its bias strings when a string arbitrary is built (a thrown error per
// character of a character class): arbitraries are immutable, so each one is built once per worker.
const anyTexts = new Map<string, fc.Arbitrary<string>>();
const patternTexts = new Map<string, fc.Arbitrary<string>>();

/** Any text: mostly printable ASCII, sometimes any Unicode (surrogate pairs, controls, RTL marks). */
export function anyText(constraints: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<string> {
  const key = `${constraints.minLength ?? ""}..${constraints.maxLength ?? ""}`;
  let text = anyTexts.get(key);
  if (text === undefined) {
    text = fc.oneof(
      { weight: 4, arbitrary: fc.string(constraints) },
      { weight: 1, arbitrary: fc.string({ ...constraints, unit: "binary" }) },
    );
    anyTexts.set(key, text);
  }
  return text;
}

/** Text the pattern matches (unicode mode). */
export function patternText(pattern: string): fc.Arbitrary<string> {
  let text = patternTexts.get(pattern);
  if (text === undefined) {
    text = fc.stringMatching(new RegExp(pattern, "u"));
    patternTexts.set(pattern, text);
  }
  return text;
}

function stringArbitrary(schema: Schema, options: SchemaArbitraryOptions): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  // x-trim: temetro's zod trims before it counts, so the lengths hold for the trimmed text.
  const trimmed = schema["x-trim"] === true;
  const fits = (raw: string) => {
    const value = trimmed ? raw.trim() : raw;
    return value.length >= minLength && (maxLength === undefined || value.length <= maxLength);
  };
  switch (schema.format) {
    case "email": return (options.email ?? fc.emailAddress()).filter(fits);
    case "uuid": return fc.uuid();
    case "date-time": return dates.map((date) => date.toISOString());
    case "date": return dates.map((date) => date.toISOString().slice(0, 10));
    case "uri": return fc.webUrl().filter(fits);
  }
  if (typeof schema.pattern === "string") return patternText(schema.pattern).filter(fits);
  const text = anyText({ minLength, ...(maxLength === undefined ? {} : { maxLength }) });
  return trimmed ? text.filter(fits) : text;
}

function numberArbitrary(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const min = typeof schema.minimum === "number" ? schema.minimum : undefined;
  const max = typeof schema.maximum === "number" ? schema.maximum : undefined;
  if (integer) return fc.integer({ min: min ?? -1_000_000, max: max ?? 1_000_000 });
  return fc.double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(schema: Schema, options: SchemaArbitraryOptions, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = stringsOf(schema.required);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    const resolved = resolveSchema(property);
    model[name] = options.override?.(name, resolved) ?? schemaArbitrary(resolved, options, depth + 1);
  }
  const optional = Object.keys(model).filter((name) => !required.includes(name));
  // Which optional properties are present is drawn as a subset, so every combination (none at all
  // included) comes up, and shrinking drops them.
  return fc.tuple(fc.record(model), fc.subarray(optional)).map(([values, present]) =>
    Object.fromEntries(Object.entries(values).filter(([name]) => required.includes(name) || present.includes(name))));
}

function typedArbitrary(type: string, schema: Schema, options: SchemaArbitraryOptions, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "string": return stringArbitrary(schema, options);
    case "integer": return numberArbitrary(schema, true);
    case "number": return numberArbitrary(schema, false);
    case "boolean": return fc.boolean();
    case "null": return fc.constant(null);
    case "array": {
      const items = schema.items === undefined ? fc.jsonValue() : schemaArbitrary(resolveSchema(schema.items), options, depth + 1);
      const minLength = typeof schema.minItems === "number" ? schema.minItems : 0;
      const maxLength = Math.max(minLength, Math.min(typeof schema.maxItems === "number" ? schema.maxItems : MAX_ITEMS, MAX_ITEMS));
      return fc.array(items, { minLength, maxLength });
    }
    case "object": return objectArbitrary(schema, options, depth);
    default: throw new Error(`Failed to generate values of type "${type}": the fuzzer knows the JSON Schema types only. Fix the spec or extend contracts/fuzz/schema-arbitrary.ts.`);
  }
}

/** An arbitrary of values the (resolved) schema accepts. */
export function schemaArbitrary(input: unknown, options: SchemaArbitraryOptions = {}, depth = 0): fc.Arbitrary<unknown> {
  const schema = mergeAllOf(resolveSchema(input));
  if (depth > MAX_DEPTH) return fc.constant(null);
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const alternatives = Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined;
  if (alternatives !== undefined) return fc.oneof(...alternatives.map((member) => schemaArbitrary(member, options, depth + 1)));
  const types = Array.isArray(schema.type) ? stringsOf(schema.type) : typeof schema.type === "string" ? [schema.type] : [];
  // x-coerce: number — temetro reads the value with Number(): a number in range, or its digits as a string.
  if (schema["x-coerce"] === "number") {
    const number = numberArbitrary(schema, types.includes("integer"));
    return types.includes("string") ? fc.oneof(number, number.map(String)) : number;
  }
  if (types.length === 0) return isRecord(schema.properties) ? objectArbitrary(schema, options, depth) : fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((type) => typedArbitrary(type, schema, options, depth)));
}
