// GET /api/auth/verify-email — the emailed link: marks the email verified and signs the user in
// (autoSignInAfterVerification); with callbackURL a 302 there, failures as `?error=<CODE>`.
import type { Call, OperationHandler } from "../../core/call.ts";
import { isoNow } from "../../core/clock.ts";
import { failBetterAuth, json, type Reply } from "../../core/reply.ts";
import { cookiesForSession } from "../../core/sessions.ts";
import type { UserRecord } from "../../core/store.ts";
import { findUserByEmail } from "../../services/accounts.ts";
import { appendQuery, assertTrustedCallback, redirectTo, requiredQuery } from "../../services/auth-links.ts";
import { readVerificationToken } from "../../services/email-verification.ts";
import { startSession } from "./signed-in.ts";

/** The caller's own session re-issued with the verified user, or a new session for the user. */
async function signInVerified(call: Call, user: UserRecord): Promise<string[]> {
  if (call.session !== null && call.session.user.email === user.email) {
    return cookiesForSession(call.ctx, call.session.session, call.session.dontRemember);
  }
  return (await startSession(call, user.id)).cookies;
}

export const verifyEmail: OperationHandler = async (call) => {
  const token = requiredQuery(call, "token");
  const callbackURL = call.url.searchParams.get("callbackURL") ?? undefined;
  assertTrustedCallback(call, callbackURL);
  const answer = (cookies?: string[]): Reply => (callbackURL ? redirectTo(callbackURL, cookies) : json({ status: true, user: null }, 200, cookies ? { cookies } : {}));
  const fail = (code: Parameters<typeof failBetterAuth>[1]): Reply => (callbackURL ? redirectTo(appendQuery(callbackURL, { error: code })) : failBetterAuth(401, code));
  const claims = await readVerificationToken(call.ctx, token);
  if (typeof claims === "string") return fail(claims);
  const user = findUserByEmail(call.ctx, claims.email);
  if (user === undefined) return fail("USER_NOT_FOUND");
  if (claims.userId !== undefined && claims.userId !== user.id) return fail("INVALID_TOKEN");
  if (user.emailVerified) return answer();
  const verified = await call.ctx.store.users.update((q) => q.where({ id: user.id }), {
    data(draft) {
      draft.emailVerified = true;
      draft.updatedAt = isoNow(call.ctx.clock);
    },
  });
  return answer(await signInVerified(call, verified ?? user));
};
