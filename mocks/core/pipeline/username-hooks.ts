// Better Auth's username plugin hooks on sign-up/email and update-user: they read the body before
// the route validates it, so a request with no body object fails there with a bare 500 (D48).
import { noBodyObjectFault } from "../better-auth-faults.ts";
import type { Stage } from "./stage.ts";

/** A bare 500 when sign-up/email or update-user reads no body object (none, or JSON null). */
export const usernameHooks: Stage = {
  name: "username-hooks",
  run: ({ operation, body }) => noBodyObjectFault(operation, body) ?? undefined,
};
