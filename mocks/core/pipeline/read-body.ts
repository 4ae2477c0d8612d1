// Reading the JSON body as each family's server does (Better Auth's own parser, temetro's express.json).
import type { Operation } from "#openapi";
import { readJsonBody } from "../request-body.ts";
import type { Stage } from "./stage.ts";

/** Reads the body of an operation that takes one, the family's way; bad JSON answers the family's 400. */
export const readBody = (family: Operation["family"]): Stage => ({
  name: "read-body",
  async run(state) {
    if (state.operation.hasRequestBody) state.body = await readJsonBody(state.request, family, state.operation.requestBody?.media);
    return undefined;
  },
});
