// SESSION: the session cookie's life — get-session signed in and out, sign-out, the list of a user's
// sessions and their revocation, and (with a movable clock) 7-day expiry and the daily refresh.
import { describe, expect } from "vitest";
import { bodyOf, expectBetterAuthError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { account, expectSessionCookiesExpired, signInElsewhere, storedSession } from "#contracts/states/account";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("GET /api/auth/get-session", () => {
  check("SESSION-GET-SIGNED-OUT", "answers a caller without cookies with 200 and the body null, not 401", async ({ actor }) => {
    const exchange = await actor("visitor").request("/api/auth/get-session");
    expect(bodyOf(exchange, "getSession", 200)).toBeNull();
    expect(exchange.text).toBe("null");
  });

  check("SESSION-GET-SIGNED-IN", "answers the session and user, with Cache-Control no-store", async ({ given }) => {
    const { actor, token, userId } = await given(account("member"));
    const exchange = await actor.request("/api/auth/get-session");
    expect(bodyOf(exchange, "getSession", 200)).toMatchObject({ session: { token, userId }, user: { id: userId } });
    expect(exchange.headers.get("cache-control")).toBe("no-store");
  });

  check("SESSION-EXPIRES-AFTER-7-DAYS", "ends a session left unused for 7 days", async ({ given, target }) => {
    const { actor } = await given(account("member"));
    await target.advanceClock(7 * DAY_MS);
    expect(bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200)).toBeNull();
  }, { requires: ["clock"] });

  check("SESSION-REFRESH-AFTER-A-DAY", "extends a session used after a day by 7 days and re-issues its cookies", async ({ given, target }) => {
    const { actor } = await given(account("member"));
    const first = bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200);
    await target.advanceClock(DAY_MS);
    const refreshed = await actor.request("/api/auth/get-session");
    const later = bodyOf(refreshed, "getSession", 200);
    expect(Date.parse(later?.session.expiresAt ?? "")).toBeGreaterThanOrEqual(Date.parse(first?.session.expiresAt ?? "") + DAY_MS);
    expect(refreshed.setCookies.length).toBeGreaterThan(0);
    await target.advanceClock(6.5 * DAY_MS);
    expect(bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200)).not.toBeNull();
  }, { requires: ["clock"] });
});

describe("POST /api/auth/sign-out", () => {
  check("SESSION-SIGN-OUT", "ends the session and expires the session cookies with Max-Age=0", async ({ given, target }) => {
    const { actor } = await given(account("member"));
    const exchange = await actor.request("/api/auth/sign-out", { json: {} });
    expect(bodyOf(exchange, "signOut", 200)).toEqual({ success: true });
    expectSessionCookiesExpired(target, exchange);
    expect(await actor.cookieHeader()).toBe("");
    expect(bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200)).toBeNull();
  });

  check("SESSION-SIGN-OUT-SIGNED-OUT", "answers a caller who is not signed in with 200 {success: true} as well", async ({ actor }) => {
    expect(bodyOf(await actor("visitor").request("/api/auth/sign-out", { json: {} }), "signOut", 200)).toEqual({ success: true });
  });
});

describe("GET /api/auth/list-sessions", () => {
  check("SESSION-LIST", "lists every live session of the user", async ({ given, actor }) => {
    const created = await given(account("member"));
    const phone = await signInElsewhere({ actor }, created, "phone");
    const phoneToken = (await storedSession(phone))?.session.token;
    const sessions = bodyOf(await created.actor.request("/api/auth/list-sessions"), "listSessions", 200);
    expect(sessions.map((session) => session.token).sort()).toEqual([created.token, phoneToken].sort());
    expect(sessions.every((session) => session.userId === created.userId)).toBe(true);
  });

  check("SESSION-LIST-NOT-FRESH", "answers a session a day old with 403 SESSION_NOT_FRESH (freshAge), refreshed or not", async ({ given, target }) => {
    const { actor } = await given(account("member"));
    await target.advanceClock(DAY_MS);
    await actor.request("/api/auth/get-session");
    expectBetterAuthError(await actor.request("/api/auth/list-sessions"), 403, "SESSION_NOT_FRESH");
  }, { requires: ["clock"] });
});

describe("POST /api/auth/revoke-session", () => {
  check("SESSION-REVOKE-ONE", "ends the session with that token; the caller's stays", async ({ given, actor }) => {
    const created = await given(account("member"));
    const phone = await signInElsewhere({ actor }, created, "phone");
    const phoneToken = (await storedSession(phone))?.session.token;
    expect(bodyOf(await created.actor.request("/api/auth/revoke-session", { json: { token: phoneToken } }), "revokeSession", 200)).toEqual({ status: true });
    expect(await storedSession(phone)).toBeNull();
    expect(await storedSession(created.actor)).not.toBeNull();
  });

  check("SESSION-REVOKE-OWN", "expires the caller's cookies when it revokes its own session", async ({ given, target }) => {
    const { actor, token } = await given(account("member"));
    const exchange = await actor.request("/api/auth/revoke-session", { json: { token } });
    expect(bodyOf(exchange, "revokeSession", 200)).toEqual({ status: true });
    expectSessionCookiesExpired(target, exchange);
  });

  check("SESSION-REVOKE-FOREIGN-TOKEN", "ignores another user's token: 200, and that session lives on", async ({ given }) => {
    const victim = await given(account("victim"));
    const { actor } = await given(account("attacker"));
    expect(bodyOf(await actor.request("/api/auth/revoke-session", { json: { token: victim.token } }), "revokeSession", 200)).toEqual({ status: true });
    expect(await storedSession(victim.actor)).not.toBeNull();
  });
});

describe("POST /api/auth/revoke-other-sessions", () => {
  check("SESSION-REVOKE-OTHERS", "ends every session of the user but the caller's", async ({ given, actor }) => {
    const created = await given(account("member"));
    const phone = await signInElsewhere({ actor }, created, "phone");
    expect(bodyOf(await created.actor.request("/api/auth/revoke-other-sessions", { method: "POST" }), "revokeOtherSessions", 200)).toEqual({ status: true });
    expect(await storedSession(phone)).toBeNull();
    expect(await storedSession(created.actor)).not.toBeNull();
  });
});

describe("POST /api/auth/revoke-sessions", () => {
  check("SESSION-REVOKE-ALL", "ends every session of the user, the caller's too, and expires its cookies", async ({ given, actor, target }) => {
    const created = await given(account("member"));
    const phone = await signInElsewhere({ actor }, created, "phone");
    const exchange = await created.actor.request("/api/auth/revoke-sessions", { method: "POST" });
    expect(bodyOf(exchange, "revokeSessions", 200)).toEqual({ status: true });
    expectSessionCookiesExpired(target, exchange);
    expect(await storedSession(phone)).toBeNull();
  });
});
