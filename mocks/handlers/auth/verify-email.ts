// GET /api/auth/verify-email — the emailed link: marks the email verified and signs the user in
// (autoSignInAfterVerification); with callbackURL a 302 there, failures as `?error=<CODE>`.
import { queryParam, type Call } from "../../core/call.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { cookiesForSession } from "../../core/sessions.ts";
import type { UserRecord } from "../../services/accounts.ts";
import { respond } from "../../core/typed-reply.ts";
import { findUserByEmail } from "../../services/accounts.ts";
import { appendQuery, assertTrustedCallback, redirectTo, requiredQuery } from "../../services/auth-links.ts";
import { markEmailVerified, readVerificationToken } from "../../services/email-verification.ts";
import { defineHandler } from "../define-handler.ts";
import { startSession } from "./signed-in.ts";

/** The caller's own session re-issued with the verified user, or a new session for the user. */
async function signInVerified(call: Call, user: UserRecord): Promise<string[]> {
  if (call.session !== null && call.session.user.email === user.email) {
    return cookiesForSession(call.ctx, call.session.session, call.request.headers, call.session.dontRemember);
  }
  return (await startSession(call, user.id)).cookies;
}

export const verifyEmail = defineHandler("verifyEmail", async (call) => {
  const token = requiredQuery(call, "token");
  const callbackURL = queryParam(call, "callbackURL") ?? undefined;
  assertTrustedCallback(call, callbackURL);
  const answer = (cookies?: string[]) => (callbackURL ? redirectTo(callbackURL, cookies) : respond(call, 200, { status: true, user: null }, cookies ? { cookies } : {}));
  const fail = (code: Parameters<typeof failBetterAuth>[1]) => (callbackURL ? redirectTo(appendQuery(callbackURL, { error: code })) : failBetterAuth(401, code));
  const claims = await readVerificationToken(call.ctx, token);
  if (typeof claims === "string") return fail(claims);
  const user = findUserByEmail(call.ctx, claims.email);
  if (user === undefined) return fail("USER_NOT_FOUND");
  if (claims.userId !== undefined && claims.userId !== user.id) return fail("INVALID_TOKEN");
  if (user.emailVerified) return answer();
  const verified = await markEmailVerified(call.ctx, user.id);
  return answer(await signInVerified(call, verified ?? user));
});
