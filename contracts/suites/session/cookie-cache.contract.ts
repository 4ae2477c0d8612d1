// SESSION: the 5-minute cookie cache (better-auth.session_data). After a sign-out elsewhere the
// contract requires: the token cookie alone is refused at once, disableCookieCache shows the
// store, store-reading routes refuse at once, and the cache never outlives 300 s. That the
// revoked session's two cookies still pass meanwhile is allowed, and reported as an advisory.
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import type { CheckContext } from "#contracts/harness";
import { account, sessionCookieNames } from "#contracts/states/account";

const CACHE_SECONDS = 300;

/** A session signed out on its own device, and a copy of its cookies taken just before. */
async function signedOutWithCopy({ given, target }: Pick<CheckContext, "given" | "target">) {
  const created = await given(account("member"));
  const bothCookies = await created.actor.cookieHeader();
  const names = sessionCookieNames(target);
  const tokenOnly = bothCookies.split("; ").filter((pair) => pair.startsWith(`${names.token}=`)).join("; ");
  expect(bothCookies, "the jar holds the token and the cookie cache").toContain(`${names.data}=`);
  expect((await created.actor.request("/api/auth/sign-out", { json: {} })).status).toBe(200);
  return { created, bothCookies, tokenOnly };
}

describe("GET /api/auth/get-session", () => {
  check("SESSION-CACHE-TOKEN-ALONE", "refuses a signed-out session's token cookie without its cache at once: 200 null", async (context) => {
    const { tokenOnly } = await signedOutWithCopy(context);
    const exchange = await context.actor("copy").request("/api/auth/get-session", { headers: { cookie: tokenOnly } });
    expect(bodyOf(exchange, "getSession", 200)).toBeNull();
  });

  check("SESSION-CACHE-BYPASS", "shows the store's truth with disableCookieCache=true: a signed-out session is null", async (context) => {
    const { bothCookies } = await signedOutWithCopy(context);
    const exchange = await context.actor("copy").request("/api/auth/get-session?disableCookieCache=true", { headers: { cookie: bothCookies } });
    expect(bodyOf(exchange, "getSession", 200)).toBeNull();
  });

  check("SESSION-CACHE-LIMIT", `never honours a signed-out session's cookies ${CACHE_SECONDS} s after the cache was issued`, async (context) => {
    const { bothCookies } = await signedOutWithCopy(context);
    await context.target.advanceClock(CACHE_SECONDS * 1000);
    const exchange = await context.actor("copy").request("/api/auth/get-session", { headers: { cookie: bothCookies } });
    expect(bodyOf(exchange, "getSession", 200)).toBeNull();
  }, { requires: ["clock"] });

  check("SESSION-ADVISORY-REVOKED-SESSIONS", "reports whether a revoked session is honoured through its cookie cache (up to 5 minutes)", async (context) => {
    const { created, bothCookies } = await signedOutWithCopy(context);
    const session = bodyOf(await context.actor("copy").request("/api/auth/get-session", { headers: { cookie: bothCookies } }), "getSession", 200);
    if (session === null) return;
    expect(session.user.id).toBe(created.userId);
    context.advise("SESSION-ADVISORY-REVOKED-SESSIONS", "medium",
      "A session ended by sign-out still passed get-session with a copy of its two cookies: Better Auth's cookie cache honours revoked sessions (sign-out elsewhere, revoke-session, password reset) for up to 5 minutes. Routes that trust getSession (temetro's requireAuth, the Socket.io handshake) do too.",
      "Shorten Better Auth's session.cookieCache.maxAge (temetro sets 300 s) or disable the cookie cache where a sign-out or revocation must take effect at once; after a suspected account compromise, expect old cookies to work until the cache expires.");
  });
});

describe("POST /api/auth/change-password", () => {
  check("SESSION-CACHE-SENSITIVE-ROUTES", "reads the store, not the cache: a signed-out session's two cookies get 401 UNAUTHORIZED", async (context) => {
    const { created, bothCookies } = await signedOutWithCopy(context);
    const json = { currentPassword: created.identity.password, newPassword: "a-password-nobody-may-set" };
    expectBetterAuthError(await context.actor("copy").request("/api/auth/change-password", { json, headers: { cookie: bothCookies } }), 401, "UNAUTHORIZED");
  });
});
