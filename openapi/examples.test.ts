// Every example in the contract validates through the same validators the suite uses.
import { describe, expect, test } from "vitest";
import { spec } from "./spec.ts";
import { componentValidator, requestBodyValidator, resolveRef, responseValidator } from "./validators.ts";
import { operations } from "./operations.ts";
import { collectMediaExamples } from "./example-walk.ts";

const schemaNames = Object.keys(spec.components.schemas);

describe("schema examples", () => {
  const cases = schemaNames.flatMap((name) => {
    const schema = spec.components.schemas[name];
    const examples = typeof schema === "object" && schema !== null && "examples" in schema && Array.isArray(schema.examples) ? schema.examples : [];
    return examples.map((example, index) => ({ name, index, example }));
  });

  test("there are schema examples to check", () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  test.each(cases)("$name example $index validates against its schema", ({ name, example }) => {
    const result = componentValidator(name).safeParse(example);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

describe("operation examples", () => {
  const cases = collectMediaExamples();

  test.each(cases)("$label validates", ({ operationId, where, status, example }) => {
    const validator = where === "request" ? requestBodyValidator(operationId) : responseValidator(operationId, status);
    expect(validator, "a JSON example needs a JSON schema").toBeDefined();
    const result = validator!.safeParse(example);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test("every JSON request and response body has an example, inline or on its schema", () => {
    const missing: string[] = [];
    const labelled = new Set(cases.map((c) => `${c.operationId} ${c.where} ${c.status}`));
    for (const op of operations) {
      const raw = resolveRef(spec.paths[op.path]?.[op.method]) as Record<string, unknown>;
      const bodies: Array<[string, number, unknown]> = [["request", 0, raw.requestBody]];
      for (const [status, response] of Object.entries((raw.responses ?? {}) as Record<string, unknown>)) bodies.push(["response", Number(status), response]);
      for (const [where, status, container] of bodies) {
        const media = (resolveRef(container) as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.["application/json"];
        if (media === undefined) continue;
        const schema = resolveRef(media.schema) as { examples?: unknown[]; type?: unknown; items?: unknown; oneOf?: unknown[] };
        const itemSchema = resolveRef(schema?.items) as { examples?: unknown[] } | undefined;
        const firstOf = resolveRef(schema?.oneOf?.[0]) as { examples?: unknown[] } | undefined;
        const hasSchemaExample = Boolean(schema?.examples?.length || itemSchema?.examples?.length || firstOf?.examples?.length);
        if (!labelled.has(`${op.operationId} ${where} ${status}`) && !hasSchemaExample) missing.push(`${op.operationId} ${where} ${status || ""}`.trim());
      }
    }
    expect(missing).toEqual([]);
  });
});
