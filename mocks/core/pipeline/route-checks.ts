// Better Auth's route body checks (x-error-codes, e.g. PASSWORD_TOO_SHORT): the route runs them
// itself, so they answer only after every middleware, the session included, has passed.
import type { Stage } from "./stage.ts";

/** Answers the body fault validate-body left for the route, if any. */
export const routeChecks: Stage = {
  name: "route-checks",
  run: ({ routeCheck }) => routeCheck ?? undefined,
};
