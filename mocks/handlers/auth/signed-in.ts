// Starting a session over HTTP: the session row with the caller's IP and user agent, its cookies,
// and the answer both sign-in routes give.
import type { components } from "#openapi";
import type { Call } from "../../core/call.ts";
import { UNTRUSTED_CHAIN } from "../../core/client-ip.ts";
import { cookiesForSession, createSession } from "../../core/sessions.ts";
import type { UserRecord } from "../../services/accounts.ts";
import type { SessionRecord } from "../../services/user-sessions.ts";

/** What both sign-in routes answer with 200: the body, its Set-Cookie values and headers. */
export type SignedIn = { body: components["schemas"]["SignInResponse"]; headers: Record<string, string>; cookies: string[] };

/** Creates a session for a user as Better Auth does for this request (no trusted IP → ""), with its Set-Cookie headers. */
export async function startSession(call: Call, userId: string, dontRemember = false): Promise<{ session: SessionRecord; cookies: string[] }> {
  const session = await createSession(call.ctx, userId, {
    ipAddress: call.clientIp === UNTRUSTED_CHAIN ? "" : call.clientIp,
    userAgent: call.request.headers.get("user-agent") ?? "",
    dontRemember,
  });
  return { session, cookies: await cookiesForSession(call.ctx, session, call.request.headers, dontRemember) };
}

/** Signs in a user who proved their password: `{redirect, token, url, user}`, and Location when a callbackURL was sent. */
export async function signedIn(call: Call, user: UserRecord, options: { rememberMe?: boolean; callbackURL?: string }): Promise<SignedIn> {
  const { session, cookies } = await startSession(call, user.id, options.rememberMe === false);
  const headers: Record<string, string> = options.callbackURL ? { location: options.callbackURL } : {};
  const body = { redirect: Boolean(options.callbackURL), token: session.token, url: options.callbackURL, user };
  return { body, headers, cookies };
}
