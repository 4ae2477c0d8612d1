// temetro's router-level guards (router.use(requireAuth, requireOrg)): they run before the route
// matches, so before its parameters are decoded and before its own requirePermission.
import { applyRouterGuards } from "../guards.ts";
import type { Stage } from "./stage.ts";

/** requireAuth and requireOrg as x-rules ask: 401/403 when refused, else the session and member on the state. */
export const routerGuards: Stage = {
  name: "router-guards",
  async run(state) {
    // temetro's server-side getSession: the cookie cache applies, its cookies never reach the client.
    const { session, member } = await applyRouterGuards(state.ctx, state.operation.rules, state.request.headers);
    state.session = session;
    state.member = member;
    return undefined;
  },
};
