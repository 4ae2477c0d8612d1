// The body against the operation's request schema, each family's way: Better Auth answers a schema
// fault at once and keeps the faults its route checks itself for later; temetro answers any fault.
import type { Operation } from "#openapi";
import { validateBetterAuthBody, validateBody as validateTemetroBody } from "../request-body.ts";
import type { Stage } from "./stage.ts";

/** Validates the body read so far; a fault answers the family's 400 (Better Auth's route checks wait in `routeCheck`). */
export const validateBody = (family: Operation["family"]): Stage => ({
  name: "validate-body",
  run(state) {
    if (family === "temetro") {
      state.body = validateTemetroBody(state.operation, state.body);
      return undefined;
    }
    const { body, routeCheck } = validateBetterAuthBody(state.operation, state.body);
    state.body = body;
    state.routeCheck = routeCheck;
    return undefined;
  },
});
