// The document-level parts of the contract others show: its title and version, its tags, the
// session cookie's security scheme and the named schemas.
import { z } from "zod";
import { spec } from "./spec.ts";

const infoSchema = z.looseObject({ title: z.string(), version: z.string(), summary: z.string().default(""), description: z.string().default("") });
const tagSchema = z.looseObject({ name: z.string(), description: z.string().default("") });
const securitySchemeSchema = z.looseObject({ type: z.string(), in: z.string().default(""), name: z.string().default(""), description: z.string().default("") });

/** The document's OpenAPI version, title, version, summary and description. */
export const specInfo = { openapi: spec.openapi, ...infoSchema.parse(spec.info) };

/** The tags operations are grouped by, in document order. */
export const specTags: ReadonlyArray<z.infer<typeof tagSchema>> = z.array(tagSchema).default([]).parse(spec.tags);

/** The security schemes by name (the session cookie). */
export const securitySchemes: Readonly<Record<string, z.infer<typeof securitySchemeSchema>>> = z
  .record(z.string(), securitySchemeSchema)
  .default({})
  .parse(spec.components.securitySchemes);

/** The named schemas (components.schemas), as written: JSON Schema 2020-12. */
export const componentSchemas: Readonly<Record<string, unknown>> = spec.components.schemas;
