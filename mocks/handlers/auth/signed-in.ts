// The answer both sign-in routes give: a new session, its cookies, and the user.
import type { Call } from "../../core/call.ts";
import { json, type Reply } from "../../core/reply.ts";
import { cookiesForSession, createSession } from "../../core/sessions.ts";
import type { UserRecord } from "../../core/store.ts";

/** Starts a session for a user who proved their password. */
export async function signedIn(call: Call, user: UserRecord, options: { rememberMe?: boolean; callbackURL?: string }): Promise<Reply> {
  const dontRemember = options.rememberMe === false;
  const session = await createSession(call.ctx, user.id, { ipAddress: call.clientIp, userAgent: call.request.headers.get("user-agent"), dontRemember });
  const headers: Record<string, string> = options.callbackURL ? { location: options.callbackURL } : {};
  const body = { redirect: Boolean(options.callbackURL), token: session.token, url: options.callbackURL, user };
  return json(body, 200, { headers, cookies: await cookiesForSession(call.ctx, session, dontRemember) });
}
