// JSON Schemas as people read them: a type in words ("string or null", "array of Patient") and a
// table of an object's fields with required/optional, the default the server fills in (x-default)
// and the constraints. Component refs become links to the schema's own section.
import { isRecord } from "#openapi";
import { anchor, escapeHtml, inline, markdown } from "./html.ts";

type Schema = Record<string, unknown>;

/** The page anchor of a component schema. */
export const schemaAnchor = (name: string): string => anchor("schema", name);

const refName = (ref: string): string => ref.replace(/^#\/components\/schemas\//, "");

const literal = (value: unknown): string => `<code>${escapeHtml(JSON.stringify(value))}</code>`;

/** A schema's type in words, as HTML. */
export function typeInWords(schema: unknown): string {
  if (!isRecord(schema)) return "any";
  if (typeof schema.$ref === "string") return `<a href="#${schemaAnchor(refName(schema.$ref))}">${escapeHtml(refName(schema.$ref))}</a>`;
  if ("const" in schema) return literal(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map(literal).join(" | ");
  for (const key of ["oneOf", "anyOf"]) {
    const options = schema[key];
    if (Array.isArray(options)) return options.map(typeInWords).join(" or ");
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  const words = types.map((type) => (type === "array" ? `array of ${typeInWords(schema.items)}` : type === "object" && isRecord(schema.properties) ? "object (fields below)" : escapeHtml(String(type))));
  return words.length === 0 ? "any" : words.join(" or ");
}

function constraints(schema: Schema): string[] {
  const found: string[] = [];
  if (typeof schema.format === "string") found.push(`format ${schema.format}`);
  if (typeof schema.minLength === "number" && typeof schema.maxLength === "number") found.push(`${schema.minLength}–${schema.maxLength} characters`);
  else if (typeof schema.minLength === "number") found.push(`at least ${schema.minLength} characters`);
  else if (typeof schema.maxLength === "number") found.push(`at most ${schema.maxLength} characters`);
  if (typeof schema.minimum === "number") found.push(`≥ ${schema.minimum}`);
  if (typeof schema.maximum === "number") found.push(`≤ ${schema.maximum}`);
  if (typeof schema.minItems === "number") found.push(`at least ${schema.minItems} items`);
  if (typeof schema.maxItems === "number") found.push(`at most ${schema.maxItems} items`);
  if (typeof schema.pattern === "string") found.push(`pattern <code>${escapeHtml(schema.pattern)}</code>`);
  return found;
}

function propertyRow(name: string, schema: unknown, required: boolean, depth: number): string {
  const field = isRecord(schema) ? schema : {};
  const limits = constraints(field).join(", ");
  const notes = [
    typeof field.description === "string" ? inline(field.description) : "",
    limits === "" ? "" : `${limits.charAt(0).toUpperCase()}${limits.slice(1)}.`,
    "x-default" in field ? `Left out: ${literal(field["x-default"])}.` : "",
  ].filter((note) => note !== "");
  const nested = depth < 2 ? objectTable(field, depth + 1) : "";
  return `<tr><td><code>${escapeHtml(name)}</code></td><td>${typeInWords(field)}</td><td>${required ? "required" : "optional"}</td><td>${notes.join(" ")}${nested}</td></tr>`;
}

/** The table of an inline object's fields (and of object options of oneOf/anyOf), or "" for anything else. */
export function objectTable(schema: unknown, depth = 0): string {
  if (!isRecord(schema)) return "";
  const options = [schema.oneOf, schema.anyOf].find(Array.isArray);
  if (options !== undefined) return options.map((option) => objectTable(option, depth)).join("");
  if (!isRecord(schema.properties)) return "";
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const rows = Object.entries(schema.properties).map(([name, property]) => propertyRow(name, property, required.has(name), depth));
  return `<table class="fields"><thead><tr><th>Field</th><th>Type</th><th></th><th>Notes</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** A component schema's own section: description, type and fields. */
export function schemaSection(name: string, schema: unknown): string {
  const description = isRecord(schema) && typeof schema.description === "string" ? markdown(schema.description) : "";
  return `<details class="schema" id="${schemaAnchor(name)}"><summary><code>${escapeHtml(name)}</code>: ${typeInWords({ ...(isRecord(schema) ? schema : {}), $ref: undefined })}</summary>${description}${objectTable(schema)}</details>`;
}
