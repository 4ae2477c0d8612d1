// GET /api/auth/get-session — the session and user, or 200 null when signed out (never 401).
// Answered from the cookie cache while it is fresh; the pipeline's look-up refreshes and re-issues cookies.
import { clearedSessionCookies } from "../../core/session-cookies.ts";
import { sessionTokenOf } from "../../core/sessions.ts";
import { respond } from "../../core/typed-reply.ts";
import { defineHandler } from "../define-handler.ts";

const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

export const getSession = defineHandler("getSession", async (call) => {
  if (call.session !== null) return respond(call, 200, { session: call.session.session, user: call.session.user }, { headers: NO_STORE });
  // A signed token cookie that names no live session is expired on the client.
  const deadToken = (await sessionTokenOf(call.ctx, call.request.headers)) !== null;
  return respond(call, 200, null, { headers: NO_STORE, ...(deadToken ? { cookies: clearedSessionCookies(call.ctx.config, call.request.headers) } : {}) });
});
