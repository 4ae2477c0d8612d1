// PostgreSQL under Better Auth's routes: a U+0000 in text the route stores or looks up is refused,
// and the route fails with a bare 500 that carries none of the headers set so far (D49).
import { BARE_500, reachesDatabaseWithNul } from "../better-auth-faults.ts";
import type { Stage } from "./stage.ts";

/** A bare 500 (no cookies either: Better Auth's router answers a non-APIError with a new Response) for text PostgreSQL refuses. */
export const databaseText: Stage = {
  name: "database-text",
  run(state) {
    if (!reachesDatabaseWithNul(state.body)) return undefined;
    state.cookies = [];
    return BARE_500;
  },
};
