// GET /api/auth/list-sessions — the user's unexpired sessions. Better Auth wants a fresh session here
// (freshAge: a day from sign-in, not renewed by refreshes); the cookie cache is accepted, so a revoked
// session still lists (an empty list) for up to 5 minutes.
import { requireSession } from "../../core/call.ts";
import { FRESH_AGE_S } from "../../core/config.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { activeSessionsOf } from "../../services/user-sessions.ts";
import { defineHandler } from "../define-handler.ts";

export const listSessions = defineHandler("listSessions", (call) => {
  const { session, user } = requireSession(call);
  if (call.ctx.clock.now() - Date.parse(session.createdAt) >= FRESH_AGE_S * 1000) failBetterAuth(403, "SESSION_NOT_FRESH");
  return respond(call, 200, activeSessionsOf(call.ctx, user.id));
});
