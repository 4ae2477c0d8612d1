// What frontend tools read from the spec: request fields with a server-side default stay optional
// (no JSON Schema `default`, which generators turn into "required"), and every success answer
// declares the credentialed CORS headers.
import { describe, expect, test } from "vitest";
import { operations } from "./operations.ts";
import { spec } from "./spec.ts";
import { resolveRef, schemaValidator } from "./validators.ts";
import { isRecord } from "./is-record.ts";

type Node = Record<string, unknown>;

/** Every schema node reachable from a request body, following `$ref`s, labelled by where it was found. */
function requestSchemaNodes(): { label: string; node: Node }[] {
  const found: { label: string; node: Node }[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, label: string): void => {
    if (!isRecord(value) || seen.has(value)) return;
    seen.add(value);
    found.push({ label, node: value });
    if (typeof value.$ref === "string") visit(resolveRef({ $ref: value.$ref }), value.$ref);
    if (isRecord(value.properties)) for (const [name, inner] of Object.entries(value.properties)) visit(inner, `${label}.${name}`);
    for (const key of ["anyOf", "oneOf", "allOf"]) if (Array.isArray(value[key])) (value[key] as unknown[]).forEach((inner, i) => visit(inner, `${label}.${key}[${i}]`));
    visit(value.items, `${label}[]`);
    visit(value.additionalProperties, `${label}{}`);
  };
  for (const op of operations) {
    const raw = spec.paths[op.path]?.[op.method];
    const body = isRecord(raw) ? resolveRef(raw.requestBody) : undefined;
    const content = isRecord(body) && isRecord(body.content) ? body.content : {};
    for (const media of Object.values(content)) if (isRecord(media)) visit(media.schema, `${op.operationId} body`);
  }
  return found;
}

describe("request schemas", () => {
  const nodes = requestSchemaNodes();

  test("carry no JSON Schema default (generators would make the field required): x-default instead", () => {
    expect(nodes.length).toBeGreaterThan(50);
    expect(nodes.filter(({ node }) => "default" in node).map(({ label }) => label)).toEqual([]);
  });

  test("name each x-default field optional, with a value its own schema accepts", () => {
    const defaulted = nodes.filter(({ node }) => "x-default" in node);
    expect(defaulted.length).toBeGreaterThanOrEqual(40);
    const invalid = defaulted.filter(({ label, node }) => {
      const { "x-default": value, ...schema } = node;
      return !schemaValidator(`x-default ${label}`, schema).safeParse(value).success;
    });
    expect(invalid.map(({ label, node }) => `${label}: ${JSON.stringify(node["x-default"])}`)).toEqual([]);
  });

  test("leave rememberMe optional on every sign-in and sign-up", () => {
    for (const name of ["SignInUsernameRequest", "SignInEmailRequest", "SignUpEmailRequest"]) {
      const schema = spec.components.schemas[name];
      expect(isRecord(schema) && Array.isArray(schema.required) ? schema.required : [], name).not.toContain("rememberMe");
    }
  });
});

test("every operation answers a 2xx or 3xx, but /forget-password, documented as absent (D6)", () => {
  const none = operations.filter((op) => !op.statuses.some((status) => /^[23]/.test(status))).map((op) => op.operationId);
  expect(none).toEqual(["forgetPassword"]);
});

describe("CORS", () => {
  const cors = ["Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Vary"];
  const successes = operations.flatMap((op) => op.statuses.filter((status) => status.startsWith("2")).map((status) => ({ op, status })));

  test("every success answer declares the credentialed CORS headers", () => {
    expect(successes.length).toBeGreaterThan(70);
    const missing = successes.filter(({ op, status }) => {
      const raw = spec.paths[op.path]?.[op.method];
      const response = isRecord(raw) && isRecord(raw.responses) ? resolveRef(raw.responses[status]) : undefined;
      const headers = isRecord(response) && isRecord(response.headers) ? Object.keys(response.headers) : [];
      return !cors.every((name) => headers.includes(name));
    });
    expect(missing.map(({ op, status }) => `${op.operationId} ${status}`)).toEqual([]);
  });
});
