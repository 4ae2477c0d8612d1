// OAUTH: sign-in through an OAuth/OIDC provider (google, github, discord). The seed's
// `GET /sign-in/[provider]?callbackURL=` is Better Auth's `POST /sign-in/social {provider,
// callbackURL}` → `{url, redirect}`; the callback checks the state cookie, exchanges the code,
// creates or links the user and redirects; every failure is a redirect with `?error=`.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { cookieAttributes, sessionCookieNames, setCookiesNamed } from "#contracts/states/account";
import { newIdentity } from "#targets/identities";
import { bodyOf, locationOf, signedUp, verifiedUser } from "../profile-states.ts";
import { authorizeAtProvider, errorRedirect, signInThroughProvider, startOAuth } from "./oauth-flow.ts";

const stateCookieName = (baseUrl: string) => `${baseUrl.startsWith("https://") ? "__Secure-" : ""}better-auth.state`;

describe("POST /api/auth/sign-in/social", () => {
  check("OAUTH-AUTHORIZATION-URL", "answers the provider's authorization URL (code flow, the app's client id, its callback, a state, PKCE S256, the login hint), also as Location", async ({ actor }) => {
    const hint = newIdentity("oauth").email;
    const { start, url, state } = await startOAuth(actor("browser"), { loginHint: hint });
    expect(Object.fromEntries(["response_type", "client_id", "code_challenge_method", "login_hint"].map((name) => [name, url.searchParams.get(name)]))).toEqual({
      response_type: "code",
      client_id: "google-client",
      code_challenge_method: "S256",
      login_hint: hint,
    });
    // The app's own origin is its configured baseURL, which may name the host otherwise than the URL checked (localhost, a proxy).
    expect(new URL(url.searchParams.get("redirect_uri") ?? "").pathname).toBe("/api/auth/callback/google");
    expect(state.length).toBeGreaterThanOrEqual(16);
    expect(url.searchParams.get("code_challenge")?.length).toBeGreaterThanOrEqual(43);
    expect(start.headers.get("location")).toBe(url.href);
  });

  check("OAUTH-STATE-COOKIE", "sets the state cookie better-auth.state for 5 minutes: Max-Age=300, Path=/, HttpOnly, SameSite=Lax", async ({ actor, target }) => {
    const { start } = await startOAuth(actor("browser"), { loginHint: newIdentity("oauth").email });
    const [cookie] = setCookiesNamed(start, stateCookieName(target.baseUrl));
    expect(cookie, "the state cookie").toBeDefined();
    expect(cookieAttributes(cookie ?? "")).toMatchObject({ "max-age": "300", path: "/", httponly: "", samesite: "Lax" });
  });

  check("OAUTH-UNKNOWN-PROVIDER", "refuses a provider the app does not configure with 404 PROVIDER_NOT_FOUND", async ({ actor }) => {
    const exchange = await actor("browser").request("/api/auth/sign-in/social", { json: { provider: "myspace", callbackURL: "/dashboard" } });
    expect(exchange.status).toBe(404);
    expect(exchange.body).toEqual({ code: "PROVIDER_NOT_FOUND", message: "Provider not found" });
  });
});

describe("GET /api/auth/callback/{id}", () => {
  check("OAUTH-NEW-USER-SIGNED-IN", "creates the user the provider signed in (email verified, plan free), sets the session cookie and redirects to the callbackURL", async ({ actor, target }) => {
    const browser = actor("browser");
    const hint = newIdentity("oauth").email;
    const { callback } = await signInThroughProvider(browser, target, hint);
    expect(callback.status).toBe(302);
    expect(locationOf(callback, target).pathname).toBe("/dashboard");
    expect(setCookiesNamed(callback, sessionCookieNames(target).token)).toHaveLength(1);
    const session = bodyOf(await browser.request("/api/auth/get-session"), "getSession", 200);
    expect(session?.user).toMatchObject({ email: hint, emailVerified: true, plan: "free" });
  });

  check("OAUTH-LINKS-EXISTING-EMAIL", "signs an existing user with the same verified email in to the same account (linked, not a second user)", async ({ given, actor, target }) => {
    const { identity, userId } = await given(verifiedUser("to link"));
    const browser = actor("browser");
    const { callback } = await signInThroughProvider(browser, target, identity.email);
    expect(callback.status).toBe(302);
    expect(locationOf(callback, target).pathname).toBe("/dashboard");
    expect(bodyOf(await browser.request("/api/auth/get-session"), "getSession", 200)?.user.id).toBe(userId);
  });

  check("OAUTH-UNVERIFIED-NOT-LINKED", "does not link the provider to a local user whose email is not verified: errorCallbackURL with error=account_not_linked (GB12)", async ({ given, actor, target }) => {
    const { identity } = await given(signedUp("unverified"));
    const browser = actor("browser");
    const start = await startOAuth(browser, { loginHint: identity.email });
    const back = await authorizeAtProvider(browser, target, start);
    const exchange = await browser.request(`${back.pathname}${back.search}`);
    expect(errorRedirect(exchange, target)).toEqual({ path: "/sign-in-error", error: "account_not_linked" });
    expect(bodyOf(await browser.request("/api/auth/get-session"), "getSession", 200)).toBeNull();
  });

  check("OAUTH-STATE-MISMATCH", "redirects a callback whose browser has no state cookie to the sign-in's errorCallbackURL with error=state_mismatch, signing no one in", async ({ actor, target }) => {
    const started = await startOAuth(actor("browser"), { loginHint: newIdentity("oauth").email });
    const back = await authorizeAtProvider(actor("browser"), target, started);
    const stranger = actor("another browser");
    const exchange = await stranger.request(`${back.pathname}${back.search}`);
    expect(errorRedirect(exchange, target)).toEqual({ path: "/sign-in-error", error: "state_mismatch" });
    expect(bodyOf(await stranger.request("/api/auth/get-session"), "getSession", 200)).toBeNull();
  });

  check("OAUTH-NO-STATE", "redirects a callback without a state to the error page with error=state_not_found", async ({ actor, target }) => {
    const exchange = await actor("browser").request("/api/auth/callback/google?code=anything");
    expect(errorRedirect(exchange, target)).toEqual({ path: "/api/auth/error", error: "state_not_found" });
  });

  check("OAUTH-NO-CODE", "redirects a callback with the right state but no code to the sign-in's errorCallbackURL with error=no_code", async ({ actor, target }) => {
    const browser = actor("browser");
    const { state } = await startOAuth(browser, { loginHint: newIdentity("oauth").email });
    const exchange = await browser.request(`/api/auth/callback/google?state=${encodeURIComponent(state)}`);
    expect(errorRedirect(exchange, target)).toEqual({ path: "/sign-in-error", error: "no_code" });
  });

  check("OAUTH-INVALID-CODE", "redirects a code the provider does not know to the errorCallbackURL with error=invalid_code", async ({ actor, target }) => {
    const browser = actor("browser");
    const { state } = await startOAuth(browser, { loginHint: newIdentity("oauth").email });
    const exchange = await browser.request(`/api/auth/callback/google?state=${encodeURIComponent(state)}&code=not-a-code`);
    expect(errorRedirect(exchange, target)).toEqual({ path: "/sign-in-error", error: "invalid_code" });
    expect(bodyOf(await browser.request("/api/auth/get-session"), "getSession", 200)).toBeNull();
  });

  check("OAUTH-PROVIDER-ERROR", "passes the provider's own error (the user said no: access_denied) on to the errorCallbackURL", async ({ actor, target }) => {
    const browser = actor("browser");
    const { state } = await startOAuth(browser, { loginHint: newIdentity("oauth").email });
    const exchange = await browser.request(`/api/auth/callback/google?state=${encodeURIComponent(state)}&error=access_denied`);
    expect(errorRedirect(exchange, target)).toEqual({ path: "/sign-in-error", error: "access_denied" });
  });

  check("OAUTH-CODE-SINGLE-USE", "refuses a code used once already (error=invalid_code): replaying the provider's redirect signs no one in", async ({ actor, target }) => {
    const browser = actor("browser");
    const started = await startOAuth(browser, { loginHint: newIdentity("oauth").email });
    const back = await authorizeAtProvider(browser, target, started);
    expect((await browser.request(`${back.pathname}${back.search}`)).status).toBe(302);
    const replay = actor("replaying browser");
    const again = await startOAuth(replay, { loginHint: newIdentity("oauth").email });
    const code = back.searchParams.get("code") ?? "";
    const exchange = await replay.request(`/api/auth/callback/google?state=${encodeURIComponent(again.state)}&code=${encodeURIComponent(code)}`);
    expect(errorRedirect(exchange, target)).toEqual({ path: "/sign-in-error", error: "invalid_code" });
  });
});
