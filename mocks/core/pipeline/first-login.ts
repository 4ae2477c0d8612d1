// Better Auth's formCsrfMiddleware on sign-in and sign-up: runs after the body's schema, so a
// malformed body answers VALIDATION_ERROR before a foreign origin answers 403.
import { checkFirstLogin } from "../origin-check.ts";
import { betterAuthReply } from "../reply.ts";
import type { Stage } from "./stage.ts";

/** The first-login origin check (x-rules.originCheck: first-login): 403 with the failed check's code. */
export const firstLogin: Stage = {
  name: "first-login",
  run({ ctx, operation, request }) {
    if (operation.rules.originCheck !== "first-login") return undefined;
    const failure = checkFirstLogin(ctx.config, request.headers);
    return failure === null ? undefined : betterAuthReply(403, failure.code);
  },
};
