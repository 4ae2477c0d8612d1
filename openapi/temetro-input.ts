// temetro's request validators, built from the spec the way temetro's code builds its zod 4 schemas
// (z.string().trim().min(1), z.coerce.number(), z.preprocess, z.discriminatedUnion…), so a refused
// body carries exactly the issues temetro's error handler sends as `details` (decision D40). JSON
// Schema keywords map one to one; what JSON Schema cannot say is written as `x-` keywords (see the
// spec's description, "Validation"): x-trim, x-coerce, x-aliases, x-shorthand, x-discriminator,
// x-empty, x-blank, x-digits-at-most, and x-message (a custom message per keyword).
import { z, type ZodType } from "zod";
import { resolveSchema } from "./resolve-ref.ts";
import { isRecord } from "./is-record.ts";

type Node = Record<string, unknown>;

const numberOf = (node: Node, key: string): number | undefined => (typeof node[key] === "number" ? node[key] : undefined);
const stringOf = (node: Node, key: string): string | undefined => (typeof node[key] === "string" ? node[key] : undefined);

/** The schema's custom message for one of its keywords (`x-message: { minLength: "…" }`). */
function messageFor(node: Node, keyword: string): string | undefined {
  const messages = node["x-message"];
  return isRecord(messages) && typeof messages[keyword] === "string" ? messages[keyword] : undefined;
}

/** The `type` keyword as a list, and whether `null` is among them. */
function typesOf(node: Node): { types: string[]; nullable: boolean } {
  const raw = node.type;
  const all = Array.isArray(raw) ? raw.filter((type): type is string => typeof type === "string") : typeof raw === "string" ? [raw] : [];
  const enumHasNull = Array.isArray(node.enum) && node.enum.includes(null);
  return { types: all.filter((type) => type !== "null"), nullable: all.includes("null") || enumHasNull };
}

/** Whether a YYYY-MM-DD string names a day of the calendar. */
export function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function stringSchema(node: Node): ZodType {
  let schema = z.string();
  if (node["x-trim"] === true) schema = schema.trim();
  const min = numberOf(node, "minLength");
  if (min !== undefined) schema = schema.min(min, messageFor(node, "minLength"));
  const max = numberOf(node, "maxLength");
  if (max !== undefined) schema = schema.max(max, messageFor(node, "maxLength"));
  const pattern = stringOf(node, "pattern");
  if (pattern !== undefined) schema = schema.regex(new RegExp(pattern), messageFor(node, "pattern"));
  const format = stringOf(node, "format");
  if (format === "email") schema = schema.check(z.email(messageFor(node, "format")));
  if (format === "uuid") schema = schema.check(z.uuid(messageFor(node, "format")));
  if (format === "date") {
    // Only a value of the right shape is looked up in the calendar: a malformed one has its pattern issue.
    const shape = pattern === undefined ? /^\d{4}-\d{2}-\d{2}$/ : new RegExp(pattern);
    schema = schema.refine((value) => !shape.test(value) || isCalendarDate(value), messageFor(node, "format"));
  }
  const digitsAtMost = stringOf(node, "x-digits-at-most");
  if (digitsAtMost !== undefined) {
    const limit = BigInt(digitsAtMost);
    const digits = (value: string) => value.replace(/\D/g, "");
    schema = schema.refine((value) => digits(value) === "" || BigInt(digits(value)) <= limit, messageFor(node, "x-digits-at-most"));
  }
  return schema;
}

function numberSchema(node: Node, integer: boolean, coerce: boolean): ZodType {
  let schema = coerce ? z.coerce.number() : z.number();
  if (integer) schema = schema.int();
  const min = numberOf(node, "minimum");
  if (min !== undefined) schema = schema.min(min);
  const max = numberOf(node, "maximum");
  if (max !== undefined) schema = schema.max(max);
  return schema;
}

function enumSchema(values: unknown[], node: Node): ZodType {
  const options = values.filter((value) => value !== null);
  const base = options.every((value): value is string => typeof value === "string")
    ? z.enum(options as [string, ...string[]])
    : z.union(options.map((value) => z.literal(value as string | number | boolean)) as unknown as [ZodType, ZodType, ...ZodType[]]);
  const aliases = node["x-aliases"];
  if (!isRecord(aliases)) return base;
  // temetro's preprocess: a string matching an alias pattern becomes that value; anything else stays as sent.
  const table = Object.entries(aliases).map(([value, pattern]) => [value, new RegExp(String(pattern))] as const);
  return z.preprocess((input) => (typeof input === "string" ? (table.find(([, pattern]) => pattern.test(input))?.[0] ?? input) : input), base);
}

function objectSchema(node: Node): ZodType {
  const properties = isRecord(node.properties) ? node.properties : {};
  const required = Array.isArray(node.required) ? node.required : [];
  const shape: Record<string, ZodType> = {};
  for (const [key, property] of Object.entries(properties)) {
    const schema = buildTemetroInput(property);
    shape[key] = required.includes(key) ? schema : schema.optional();
  }
  return z.object(shape);
}

/** The value schema of a node, before nullability and the preprocessing keywords. */
function coreSchema(node: Node): ZodType {
  const branches = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  if (branches !== undefined) {
    const key = stringOf(node, "x-shorthand");
    if (key !== undefined) {
      // A bare string is shorthand for the object branch with that one field.
      const objectBranch = branches.map(resolveSchema).find((branch) => branch.type === "object");
      if (objectBranch === undefined) throw new Error("Failed to build a validator: x-shorthand needs an object branch. Add one to the anyOf.");
      return z.preprocess((input) => (typeof input === "string" ? { [key]: input } : input), objectSchema(objectBranch));
    }
    const built = branches.map((branch) => buildTemetroInput(branch)) as [ZodType, ZodType, ...ZodType[]];
    const discriminator = stringOf(node, "x-discriminator");
    return discriminator === undefined ? z.union(built) : z.discriminatedUnion(discriminator, built as never);
  }
  if ("const" in node) return z.literal(node.const as string | number | boolean);
  // x-aliases replaces the JSON Schema pattern that documents it: the aliases' values are the enum.
  if (isRecord(node["x-aliases"])) return enumSchema(Object.keys(node["x-aliases"]), node);
  if (Array.isArray(node.enum)) return enumSchema(node.enum, node);
  const { types } = typesOf(node);
  const coerce = node["x-coerce"] === "number";
  if (coerce || types.includes("integer") || types.includes("number")) return numberSchema(node, types.includes("integer"), coerce);
  const type = types[0] ?? (isRecord(node.properties) ? "object" : undefined);
  switch (type) {
    case "string":
      return stringSchema(node);
    case "boolean":
      return z.boolean();
    case "array": {
      let schema = z.array(buildTemetroInput(node.items));
      const min = numberOf(node, "minItems");
      if (min !== undefined) schema = schema.min(min);
      const max = numberOf(node, "maxItems");
      if (max !== undefined) schema = schema.max(max);
      return schema;
    }
    case "object":
      return objectSchema(node);
    default:
      return z.unknown();
  }
}

/** The zod schema temetro's code would parse a request body (or one of its properties) with. */
export function buildTemetroInput(schemaNode: unknown): ZodType {
  const node = resolveSchema(schemaNode);
  const { nullable } = typesOf(node);
  // x-coerce reads null as a number (0), as z.coerce.number() does: it is never "nullable".
  let schema = nullable && node["x-coerce"] === undefined ? coreSchema(node).nullable() : coreSchema(node);
  if (node["x-blank"] === "null") schema = z.preprocess((input) => (typeof input === "string" && input.trim() === "" ? null : input), schema);
  if (node["x-empty"] === "absent") schema = z.preprocess((input) => (input === "" ? undefined : input), schema.optional());
  return schema;
}
