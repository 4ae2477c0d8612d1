// What an operation takes, read from the spec: its JSON body schema (and validator), its query
// parameters and its path parameters.
import type { ZodType } from "zod";
import { requestBodyValidator, resolveRef, spec } from "#openapi";
import type { Operation } from "#openapi";
import { isSchema } from "./schema-arbitrary.ts";

export type QueryParameter = { name: string; required: boolean; schema: unknown };

export type OperationInputs = {
  /** The JSON body schema, when the operation takes a body. */
  body?: { schema: unknown; required: boolean; validator: ZodType };
  query: QueryParameter[];
  pathParameters: string[];
};

function parametersOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map((parameter) => resolveRef(parameter)).filter(isSchema) : [];
}

/** The inputs of an operation, as the spec declares them. */
export function operationInputs(operation: Operation): OperationInputs {
  const item = spec.paths[operation.path] ?? {};
  const raw = item[operation.method];
  const object = isSchema(raw) ? raw : {};
  const parameters = [...parametersOf(item.parameters), ...parametersOf(object.parameters)];
  const query = parameters
    .filter((parameter) => parameter.in === "query" && typeof parameter.name === "string")
    .map((parameter) => ({ name: String(parameter.name), required: parameter.required === true, schema: parameter.schema }));
  const requestBody = resolveRef(object.requestBody);
  const content = isSchema(requestBody) && isSchema(requestBody.content) ? requestBody.content["application/json"] : undefined;
  const validator = requestBodyValidator(operation.operationId);
  const body = isSchema(content) && validator !== undefined
    ? { schema: content.schema, required: isSchema(requestBody) && requestBody.required === true, validator }
    : undefined;
  return { ...(body === undefined ? {} : { body }), query, pathParameters: operation.parameterNames };
}

/** Whether the operation takes anything a request could get wrong (a body, a query parameter with constraints). */
export function takesInput(inputs: OperationInputs): boolean {
  return inputs.body !== undefined || inputs.query.length > 0;
}
