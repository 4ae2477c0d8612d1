// What an operation takes, as the spec declares it: its JSON body schema (and validator), its query
// parameters and its path parameters.
import type { ZodType } from "zod";
import { requestBodyValidator } from "#openapi";
import type { Operation } from "#openapi";

export type QueryParameter = { name: string; required: boolean; schema: unknown };

export type OperationInputs = {
  /** The JSON body schema, when the operation takes a body. */
  body?: { schema: unknown; required: boolean; validator: ZodType };
  query: QueryParameter[];
  pathParameters: string[];
};

/** The inputs of an operation, as the spec declares them. */
export function operationInputs(operation: Operation): OperationInputs {
  const query = operation.parameters
    .filter((parameter) => parameter.in === "query" && parameter.name !== "")
    .map(({ name, required, schema }) => ({ name, required, schema }));
  const validator = requestBodyValidator(operation.operationId);
  const body = operation.requestBody !== undefined && validator !== undefined
    ? { schema: operation.requestBody.schema, required: operation.requestBody.required, validator }
    : undefined;
  return { ...(body === undefined ? {} : { body }), query, pathParameters: operation.parameterNames };
}

/** Whether the operation takes anything a request could get wrong (a body, a query parameter with constraints). */
export function takesInput(inputs: OperationInputs): boolean {
  return inputs.body !== undefined || inputs.query.length > 0;
}
