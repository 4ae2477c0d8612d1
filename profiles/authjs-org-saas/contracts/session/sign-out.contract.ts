// SIGNOUT: Auth.js's sign-out, a form post with the CSRF token (AJ06): a 302 to the origin expiring
// the session cookie. Without the token nothing happens. The session is a JWT the server does not
// keep, so a copy of the cookie taken before sign-out still reads the session (AJ08).
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { cookieAttributes, setCookiesNamed } from "#contracts/states/account";
import { authjsCookieNames, bodyOf, formPost, locationOf, signOutOf, signedInAdmin } from "../profile-states.ts";

describe("POST /api/auth/signout", () => {
  check("SIGNOUT-ENDS-SESSION", "redirects to the origin, expires the session cookie (Max-Age=0), and the session reads null", async ({ given, target }) => {
    const { actor } = await given(signedInAdmin("sign out"));
    const exchange = await signOutOf(actor);
    expect(exchange.status).toBe(302);
    expect(exchange.headers.get("location"), "Location").toBe(new URL(target.baseUrl).origin);
    const [expired] = setCookiesNamed(exchange, authjsCookieNames(target).session);
    expect(cookieAttributes(expired ?? "")["max-age"]).toBe("0");
    expect(bodyOf(await actor.request("/api/auth/session"), "getSession", 200)).toBeNull();
  });

  check("SIGNOUT-WITHOUT-CSRF", "redirects a sign-out without csrfToken to error=MissingCSRF and the session survives", async ({ given, target }) => {
    const { actor, answer } = await given(signedInAdmin("no csrf"));
    const exchange = await actor.request("/api/auth/signout", formPost({}));
    expect(exchange.status).toBe(302);
    expect(locationOf(exchange, target).searchParams.get("error")).toBe("MissingCSRF");
    expect(setCookiesNamed(exchange, authjsCookieNames(target).session)).toEqual([]);
    expect(bodyOf(await actor.request("/api/auth/session"), "getSession", 200)?.user.id).toBe(answer.user.id);
  });

  check("SIGNOUT-SIGNED-OUT-CALLER", "answers a caller with no session as a signed-in one: 302 to the origin (AJ06)", async ({ actor, target }) => {
    const exchange = await signOutOf(actor("nobody"));
    expect(exchange.status).toBe(302);
    expect(locationOf(exchange, target).searchParams.has("error")).toBe(false);
  });

  check("SIGNOUT-COPIED-COOKIE", "leaves a copy of the session cookie taken before sign-out valid: the JWT is not revoked (AJ08)", async ({ given, advise }) => {
    const { actor, answer } = await given(signedInAdmin("copied"));
    const copy = await actor.copy({ label: "copied cookies" });
    await signOutOf(actor);
    expect(bodyOf(await copy.request("/api/auth/session"), "getSession", 200)?.user.id).toBe(answer.user.id);
    advise("ADVISORY-AJ08-JWT-NOT-REVOKED", "medium",
      "Sign-out only expires the browser's cookie: the session is an encrypted JWT the server does not keep, so a copy taken before sign-out (or before a password reset) reads the session until it expires, up to 30 days later (decision AJ08).",
      "Shorten session.maxAge, or keep a server-side deny list (a token version on the user checked in the jwt callback), or use Auth.js's database session strategy with an adapter.");
  });
});
