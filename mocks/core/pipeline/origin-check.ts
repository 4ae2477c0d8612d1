// Better Auth's originCheckMiddleware: a state-changing request from an untrusted origin, or naming
// an untrusted redirect URL in its body, is 403 before the body's schema is checked.
import { checkStateChangingRequest } from "../origin-check.ts";
import { betterAuthReply } from "../reply.ts";
import type { Stage } from "./stage.ts";

/** The Origin/Referer and callback-URL check of operations whose rules ask for one (x-rules.originCheck). */
export const originCheck: Stage = {
  name: "origin-check",
  run({ ctx, operation, request, body }) {
    if (!operation.rules.originCheck) return undefined;
    const failure = checkStateChangingRequest(ctx.config, request.method, request.headers, body);
    return failure === null ? undefined : betterAuthReply(403, failure.code);
  },
};
