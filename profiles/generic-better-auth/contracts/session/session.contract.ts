// SESSION: the session read and sign-out. Signed out, get-session is 200 with `null` (the seed's
// `{user: null, session: null}` at /session is decided in the profile's log); signed in, the user
// carries the app's plan; sign-out ends the session and expires the cookies.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { cookieAttributes, sessionCookieNames, setCookiesNamed } from "#contracts/states/account";
import { bodyOf, verifiedUser } from "../profile-states.ts";

describe("GET /api/auth/get-session", () => {
  check("SESSION-SIGNED-OUT-NULL", "answers a caller without a session 200 with the body null", async ({ actor }) => {
    const exchange = await actor("visitor").request("/api/auth/get-session");
    expect(bodyOf(exchange, "getSession", 200)).toBeNull();
    expect(exchange.text).toBe("null");
  });

  check("SESSION-USER-PLAN", "answers a signed-in caller with the session and the user, plan included", async ({ given }) => {
    const { actor, identity, userId } = await given(verifiedUser("session"));
    const body = bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200);
    expect(body?.user).toMatchObject({ id: userId, email: identity.email, plan: "free" });
    expect(body?.session.userId).toBe(userId);
  });
});

describe("POST /api/auth/sign-out", () => {
  check("SESSION-SIGN-OUT", "answers {success: true}, expires the session cookie (Max-Age=0), and the session is gone", async ({ given, target }) => {
    const { actor } = await given(verifiedUser("sign out"));
    const copy = await actor.copy({ label: "copied cookies" });
    const exchange = await actor.request("/api/auth/sign-out", { json: {} });
    expect(bodyOf(exchange, "signOut", 200)).toEqual({ success: true });
    const [expired] = setCookiesNamed(exchange, sessionCookieNames(target).token);
    expect(cookieAttributes(expired ?? "")["max-age"]).toBe("0");
    expect(bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200)).toBeNull();
    expect(bodyOf(await copy.request("/api/auth/get-session"), "getSession", 200), "the old cookie elsewhere").toBeNull();
  });
});
