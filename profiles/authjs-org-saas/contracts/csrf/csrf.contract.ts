// CSRF: Auth.js's double-submit. GET /csrf answers a token and sets a cookie holding it with its
// hash; a form post is taken only with both. Without them the credentials callback and sign-out are
// redirected to `/api/auth/signin?error=MissingCSRF` (AJ04) — the document's JSON login, which
// sends neither, is refused that way (AJ02).
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { cookieAttributes, setCookiesNamed } from "#contracts/states/account";
import type { Exchange, Target } from "#targets/target";
import { authjsCookieNames, bodyOf, csrfTokenOf, formPost, locationOf, registeredAdmin } from "../profile-states.ts";

const MISSING_CSRF = "MissingCSRF";

/** Auth.js's refusal of a post without the double-submit: a 302 to error=MissingCSRF, and no session cookie. */
function expectMissingCsrf(exchange: Exchange, target: Target): void {
  expect(exchange.status).toBe(302);
  expect(locationOf(exchange, target).searchParams.get("error")).toBe(MISSING_CSRF);
  expect(setCookiesNamed(exchange, authjsCookieNames(target).session)).toEqual([]);
}

describe("GET /api/auth/csrf", () => {
  check("CSRF-TOKEN-COOKIE", "answers a 64-hex token and sets the csrf cookie `<token>|<hash>` (HttpOnly, SameSite=Lax, Path=/, no expiry), and the same token while the cookie is sent back", async ({ actor, target }) => {
    const client = actor("form");
    const first = await client.request("/api/auth/csrf");
    const { csrfToken } = bodyOf(first, "getCsrfToken", 200);
    const [cookie] = setCookiesNamed(first, authjsCookieNames(target).csrf);
    expect(cookie, "the csrf cookie").toBeDefined();
    const value = decodeURIComponent((cookie ?? "").split(";")[0]?.split("=")[1] ?? "");
    expect(value.split("|")[0]).toBe(csrfToken);
    const attributes = cookieAttributes(cookie ?? "");
    expect(attributes).toMatchObject({ path: "/", samesite: "Lax", httponly: "" });
    expect(attributes).not.toHaveProperty("expires");
    expect(attributes).not.toHaveProperty("max-age");
    expect("secure" in attributes).toBe(target.baseUrl.startsWith("https://"));
    const again = await client.request("/api/auth/csrf");
    expect(bodyOf(again, "getCsrfToken", 200).csrfToken).toBe(csrfToken);
    expect(setCookiesNamed(again, authjsCookieNames(target).csrf)).toEqual([]);
  });
});

describe("POST /api/auth/callback/credentials", () => {
  check("CSRF-DOCUMENT-JSON-LOGIN", "redirects the document's JSON {email, password} without a CSRF token to error=MissingCSRF and signs nobody in (AJ02)", async ({ given, actor, target, advise }) => {
    const { identity } = await given(registeredAdmin("json login"));
    const client = actor("json login");
    const exchange = await client.request("/api/auth/callback/credentials", { json: { email: identity.email, password: identity.password } });
    expectMissingCsrf(exchange, target);
    advise("ADVISORY-AJ02-JSON-LOGIN", "info",
      "The document's login is a JSON POST of {email, password} to /api/auth/callback/credentials; Auth.js refuses it (302 to error=MissingCSRF) unless the body carries the csrfToken from GET /api/auth/csrf and the request its csrf cookie (decision AJ02).",
      "Clients sign in as Auth.js's own client does: GET /api/auth/csrf, then POST the form (or JSON) with csrfToken, email and password, sending cookies.");
  });

  check("CSRF-MISSING-TOKEN", "redirects a form with the csrf cookie but no csrfToken to error=MissingCSRF, without calling the credentials check", async ({ given, actor, target }) => {
    const { identity } = await given(registeredAdmin("no token"));
    const client = actor("no token");
    await csrfTokenOf(client);
    const exchange = await client.request("/api/auth/callback/credentials", formPost({ email: identity.email, password: identity.password }));
    expectMissingCsrf(exchange, target);
  });

  check("CSRF-WRONG-TOKEN", "redirects a form whose csrfToken is not the cookie's (another client's token) to error=MissingCSRF", async ({ given, actor, target }) => {
    const { identity } = await given(registeredAdmin("wrong token"));
    const victim = actor("victim");
    await csrfTokenOf(victim);
    const foreignToken = await csrfTokenOf(actor("attacker"));
    const exchange = await victim.request("/api/auth/callback/credentials", formPost({ csrfToken: foreignToken, email: identity.email, password: identity.password }));
    expectMissingCsrf(exchange, target);
  });

  check("CSRF-NO-COOKIE", "redirects a form with a valid csrfToken but without the csrf cookie to error=MissingCSRF", async ({ given, actor, target }) => {
    const { identity } = await given(registeredAdmin("no cookie"));
    const client = actor("no cookie");
    const csrfToken = await csrfTokenOf(client);
    await client.forgetCookies();
    const exchange = await client.request("/api/auth/callback/credentials", formPost({ csrfToken, email: identity.email, password: identity.password }));
    expectMissingCsrf(exchange, target);
  });

  check("CSRF-RETURN-REDIRECT", "answers a refused form sent with X-Auth-Return-Redirect 200 {url} pointing at error=MissingCSRF", async ({ actor, target }) => {
    const exchange = await actor("client").request("/api/auth/callback/credentials", formPost({ email: "nobody@example.test", password: "whatever" }, { headers: { "x-auth-return-redirect": "1" } }));
    const { url } = bodyOf(exchange, "signInCredentials", 200);
    expect(new URL(url).pathname).toBe("/api/auth/signin");
    expect(new URL(url).searchParams.get("error")).toBe(MISSING_CSRF);
    expect(new URL(url).origin).toBe(new URL(target.baseUrl).origin);
  });
});
