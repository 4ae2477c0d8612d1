// Better Auth's session middleware: getSession through the cookie cache, the cookies it sets (a
// refresh, a renewed cache, or the expiry of a dead token), and 401 where a session is required.
import { betterAuthReply } from "../reply.ts";
import { clearedSessionCookies } from "../session-cookies.ts";
import { lookupSession, sessionTokenOf } from "../sessions.ts";
import type { Stage } from "./stage.ts";

/** A boolean query flag as Better Auth's z.coerce.boolean() reads it: any non-empty value is true ("false" too). */
export const queryFlag = (url: URL, name: string): boolean => (url.searchParams.get(name) ?? "") !== "";

/** Finds the caller's session (x-rules.session) and keeps the cookies the look-up set; 401 when required and absent. */
export const session: Stage = {
  name: "session",
  async run(state) {
    const { ctx, operation, request, url } = state;
    if (operation.rules.session === "none") return undefined;
    state.session = await lookupSession(ctx, request.headers, {
      cookieCache: operation.rules.cookieCache !== false && !queryFlag(url, "disableCookieCache"),
      disableRefresh: queryFlag(url, "disableRefresh"),
    });
    // getSession expires the cookies of a signed token that names no live session, on every route that reads one.
    const dead = state.session === null && (await sessionTokenOf(ctx, request.headers)) !== null;
    state.cookies = dead ? clearedSessionCookies(ctx.config, request.headers) : (state.session?.setCookies ?? []);
    return operation.rules.session === "required" && state.session === null ? betterAuthReply(401, "UNAUTHORIZED") : undefined;
  },
};
