// A call's validated body with the spec's generated type for its request schema.
import type { components } from "#openapi";
import type { Call } from "../core/call.ts";

type Schemas = components["schemas"];

/**
 * The body as the spec's type. The pipeline already validated it against the operation's request
 * schema (the same schema these types are generated from), so this only names the type.
 */
export function parseBody<Name extends keyof Schemas>(call: Call): Schemas[Name] {
  return call.body as Schemas[Name];
}
