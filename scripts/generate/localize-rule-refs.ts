// The rule files (openapi/rules/*.yaml) are embedded as `x-*` extensions, where Redocly's bundler
// copies their content but leaves the `$ref`s inside as written: file refs relative to openapi/rules/
// that mean nothing in the bundle. This points each one at the component the bundler made of it.

import { isRecord } from "#openapi/is-record";

type Json = unknown;

/** `../components/schemas/conversations.yaml#/ConversationMessage` → `ConversationMessage`. */
const COMPONENT_FILE_REF = /^(?:\.\.?\/)*components\/schemas\/[\w-]+\.yaml#\/([A-Za-z0-9_.-]+)$/;

function localize(value: Json, schemas: Record<string, Json>, where: string): Json {
  if (Array.isArray(value)) return value.map((item, index) => localize(item, schemas, `${where}/${index}`));
  if (!isRecord(value)) return value;
  const out: Record<string, Json> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === "$ref" && typeof inner === "string" && !inner.startsWith("#")) {
      const name = COMPONENT_FILE_REF.exec(inner)?.[1];
      if (name === undefined || schemas[name] === undefined) {
        throw new Error(
          `Failed to bundle ${where}: "$ref: ${inner}" names no schema of the bundle's components. Point it at a schema in openapi/components/schemas/ that an operation or webhook uses.`,
        );
      }
      out[key] = `#/components/schemas/${name}`;
    } else out[key] = localize(inner, schemas, `${where}/${key}`);
  }
  return out;
}

/** The bundle with every file `$ref` inside its `x-*` extensions rewritten to `#/components/schemas/<Name>`. */
export function localizeRuleRefs(bundle: Record<string, Json>): Record<string, Json> {
  const components = bundle.components;
  const schemas = isRecord(components) && isRecord(components.schemas) ? components.schemas : {};
  return Object.fromEntries(Object.entries(bundle).map(([key, value]) => [key, key.startsWith("x-") ? localize(value, schemas, `#/${key}`) : value]));
}
