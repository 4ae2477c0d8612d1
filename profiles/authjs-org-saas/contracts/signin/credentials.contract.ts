// SIGNIN: Auth.js's credentials callback after the CSRF step. Right credentials: a 302 to the
// callback URL (the origin by default) with the session cookie, 30 days; wrong ones, or an unknown
// email, the same redirect to `signin?error=CredentialsSignin&code=credentials` (AJ03). The email is
// not case-sensitive, and an unverified email signs in (AJ07).
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { cookieAttributes, setCookiesNamed } from "#contracts/states/account";
import { authjsCookieNames, bodyOf, locationOf, registeredAdmin, signInWith } from "../profile-states.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("POST /api/auth/callback/credentials", () => {
  check("SIGNIN-SUCCESS", "redirects to the origin and sets the session cookie (HttpOnly, SameSite=Lax, Path=/, expiring in 30 days)", async ({ given, target }) => {
    const { actor, identity } = await given(registeredAdmin("sign in"));
    const exchange = await signInWith(actor, identity);
    expect(exchange.status).toBe(302);
    expect(exchange.headers.get("location"), "Location").toBe(new URL(target.baseUrl).origin);
    const [cookie] = setCookiesNamed(exchange, authjsCookieNames(target).session);
    expect(cookie, "the session cookie").toBeDefined();
    const attributes = cookieAttributes(cookie ?? "");
    expect(attributes).toMatchObject({ path: "/", samesite: "Lax", httponly: "" });
    expect("secure" in attributes).toBe(target.baseUrl.startsWith("https://"));
    const expiresIn = Date.parse(attributes.expires ?? "") - Date.now();
    expect(expiresIn).toBeGreaterThan(29 * DAY_MS);
    expect(expiresIn).toBeLessThanOrEqual(30 * DAY_MS + 60_000);
  });

  check("SIGNIN-RETURN-REDIRECT", "answers 200 {url} with the session cookie when the request sends X-Auth-Return-Redirect", async ({ given, target }) => {
    const { actor, identity } = await given(registeredAdmin("json answer"));
    const exchange = await signInWith(actor, identity, { headers: { "x-auth-return-redirect": "1" } });
    expect(bodyOf(exchange, "signInCredentials", 200).url).toBe(new URL(target.baseUrl).origin);
    expect(setCookiesNamed(exchange, authjsCookieNames(target).session)).toHaveLength(1);
  });

  check("SIGNIN-WRONG-PASSWORD", "redirects a wrong password to /api/auth/signin?error=CredentialsSignin&code=credentials and sets no session cookie (AJ03)", async ({ given, target, advise }) => {
    const { actor, identity } = await given(registeredAdmin("wrong password"));
    const exchange = await signInWith(actor, { email: identity.email, password: `${identity.password}x` });
    expect(exchange.status).toBe(302);
    const location = locationOf(exchange, target);
    expect(location.pathname).toBe("/api/auth/signin");
    expect(Object.fromEntries(location.searchParams)).toEqual({ error: "CredentialsSignin", code: "credentials" });
    expect(setCookiesNamed(exchange, authjsCookieNames(target).session)).toEqual([]);
    advise("ADVISORY-AJ03-SIGNIN-FAILURE", "info",
      "A refused sign-in is not an error status: Auth.js answers a 302 (or 200 {url}) to /api/auth/signin?error=CredentialsSignin&code=credentials (decision AJ03); the document names no failure answer.",
      "Clients read the error from the redirect's query (Auth.js's signIn() with redirect: false returns it as `error`).");
  });

  check("SIGNIN-UNKNOWN-EMAIL", "answers an email nobody registered exactly as a wrong password", async ({ actor, target }) => {
    const exchange = await signInWith(actor("guesser"), { email: "t-nobody-here@example.test", password: "not-the-password-0" });
    expect(exchange.status).toBe(302);
    expect(Object.fromEntries(locationOf(exchange, target).searchParams)).toEqual({ error: "CredentialsSignin", code: "credentials" });
  });

  check("SIGNIN-EMAIL-CASE", "signs in with the registered email in upper case", async ({ given, target }) => {
    const { actor, identity } = await given(registeredAdmin("case"));
    const exchange = await signInWith(actor, { email: identity.email.toUpperCase(), password: identity.password });
    expect(setCookiesNamed(exchange, authjsCookieNames(target).session)).toHaveLength(1);
  });

  check("SIGNIN-UNVERIFIED-EMAIL", "signs in an admin who has not verified the email (AJ07)", async ({ given, target }) => {
    const { actor, identity } = await given(registeredAdmin("unverified"));
    const exchange = await signInWith(actor, identity);
    expect(exchange.status).toBe(302);
    expect(locationOf(exchange, target).searchParams.has("error")).toBe(false);
  });

  check("SIGNIN-CALLBACK-URL", "lands on a same-origin callbackUrl and ignores a foreign one (the origin instead)", async ({ given, target }) => {
    const { actor, identity } = await given(registeredAdmin("callback"));
    const origin = new URL(target.baseUrl).origin;
    const inside = await signInWith(actor, { ...identity, callbackUrl: `${origin}/dashboard` });
    expect(locationOf(inside, target).toString()).toBe(`${origin}/dashboard`);
    const outside = await signInWith(actor, { ...identity, callbackUrl: "https://evil.example/steal" });
    expect(locationOf(outside, target).origin).toBe(origin);
  });
});
