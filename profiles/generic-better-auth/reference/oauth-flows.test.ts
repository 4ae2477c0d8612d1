// Seed 004's OAuth sign-in on real Better Auth and a real local OpenID Connect provider, the redirect
// chain followed by hand; the differences from the document are decided in ../decisions/ (GB3, GB4, GB12, GB15).
import { expect, test } from "vitest";
import { oauthClient } from "../config/auth-options.ts";
import { identityFor } from "./provider-identity.ts";
import { TEST_FRONTEND, useTestGenericReference } from "./testing/start-test-generic-reference.ts";
import { authorizeAtProvider, signInWith, startSocial } from "./testing/oauth-chain.ts";
import { call, cookieHeader, setCookieShapes, uniqueEmail } from "./testing/wire.ts";

const STATE_COOKIE = "better-auth.state=<value>; Max-Age=300; Path=/; HttpOnly; SameSite=Lax";
const STATE_EXPIRED = "better-auth.state=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax";
const SESSION_COOKIE = "better-auth.session_token=<value>; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax";

const deployment = useTestGenericReference();

async function session(cookie: string) {
  return (await (await call(`${deployment.auth}/get-session`, { cookie })).json()) as { user: Record<string, unknown>; session: Record<string, unknown> } | null;
}

test("sign-in/social answers {url, redirect: true} with a Location to the provider and a 300 s state cookie (GB3)", async () => {
  const email = uniqueEmail("chain");
  const { response, url, state } = await startSocial(deployment.auth, { provider: "google", callbackURL: "/dashboard", loginHint: email });
  expect(await response.json()).toEqual({ url: url.href, redirect: true });
  expect(response.headers.get("location")).toBe(url.href);
  expect(setCookieShapes(response)).toEqual([STATE_COOKIE]);
  expect(response.headers.getSetCookie()[0]).toMatch(new RegExp(`^better-auth\\.state=${state}\\.`));
  expect(`${url.origin}${url.pathname}`).toBe(`${deployment.running.provider.issuer}/authorize`);
  expect(Object.fromEntries(url.searchParams)).toEqual({
    response_type: "code",
    client_id: oauthClient("google").clientId,
    state: expect.stringMatching(/^[\w-]{32}$/),
    scope: "openid email profile",
    redirect_uri: `${deployment.auth}/callback/google`,
    login_hint: email,
    code_challenge_method: "S256",
    code_challenge: expect.stringMatching(/^[\w-]{43}$/),
  });
});

test("the chain signs in: provider 302 to the callback with code and state, callback 302 to callbackURL with the session cookie (GB3)", async () => {
  const email = uniqueEmail("sam.smith");
  const { start, callbackUrl, callback, cookie } = await signInWith(deployment.auth, "google", email);
  expect(`${callbackUrl.origin}${callbackUrl.pathname}`).toBe(`${deployment.auth}/callback/google`);
  expect(callbackUrl.searchParams.get("state")).toBe(start.state);
  expect(callbackUrl.searchParams.get("code")).toMatch(/^[\w-]+$/);
  expect(callback.status).toBe(302);
  expect(callback.headers.get("location")).toBe("/dashboard");
  expect(setCookieShapes(callback)).toEqual([STATE_EXPIRED, SESSION_COOKIE]);
  const read = await session(cookie);
  expect(read?.user).toMatchObject({ email, name: identityFor(email).name, emailVerified: true, plan: "free", image: null });
  const accounts = await (await call(`${deployment.auth}/list-accounts`, { cookie })).json();
  expect(accounts).toEqual([expect.objectContaining({ providerId: "google", accountId: identityFor(email).sub, scopes: ["openid", "email", "profile"] })]);
});

test("signing in again with the same identity finds the same user; newUserCallbackURL only for the first time (GB4, GB12)", async () => {
  const email = uniqueEmail("returning");
  const first = await signInWith(deployment.auth, "github", email, { newUserCallbackURL: "/welcome" });
  expect(first.callback.headers.get("location")).toBe("/welcome");
  const second = await signInWith(deployment.auth, "github", email, { newUserCallbackURL: "/welcome" });
  expect(second.callback.headers.get("location")).toBe("/dashboard");
  expect((await session(second.cookie))?.user.id).toBe((await session(first.cookie))?.user.id);
  // The same identity through another provider is linked to that user too (GB12).
  const third = await signInWith(deployment.auth, "discord", email);
  expect((await session(third.cookie))?.user.id).toBe((await session(first.cookie))?.user.id);
  const accounts = (await (await call(`${deployment.auth}/list-accounts`, { cookie: third.cookie })).json()) as Array<{ providerId: string }>;
  expect(accounts.map((account) => account.providerId).sort()).toEqual(["discord", "github"]);
});

test("without a login_hint the provider signs in its default user; an absolute trusted callbackURL is kept", async () => {
  const start = await startSocial(deployment.auth, { provider: "discord", callbackURL: `${TEST_FRONTEND}/dashboard` });
  expect(start.url.searchParams.has("login_hint")).toBe(false);
  const callback = await call((await authorizeAtProvider(start.url)).href, { origin: null, cookie: start.stateCookie });
  expect(callback.headers.get("location")).toBe(`${TEST_FRONTEND}/dashboard`);
  expect((await session(cookieHeader(callback)))?.user.email).toBe(identityFor(undefined).email);
});

test("a verified email-password user gets the provider linked and signs in both ways (GB12)", async () => {
  const email = uniqueEmail("linked");
  await call(`${deployment.auth}/sign-up/email`, { body: { email, password: "securepassword123", name: "Lee" } });
  const mails = (await (await call(`${deployment.running.base}/__dev/outbox?to=${encodeURIComponent(email)}`)).json()) as Array<{ url: string }>;
  const verified = await call(mails[0]!.url, { origin: null });
  const userId = (await session(cookieHeader(verified)))?.user.id;
  const { callback, cookie } = await signInWith(deployment.auth, "google", email);
  expect(callback.headers.get("location")).toBe("/dashboard");
  expect((await session(cookie))?.user).toMatchObject({ id: userId, name: "Lee" });
  const accounts = (await (await call(`${deployment.auth}/list-accounts`, { cookie })).json()) as Array<{ providerId: string }>;
  expect(accounts.map((account) => account.providerId).sort()).toEqual(["credential", "google"]);
  expect((await call(`${deployment.auth}/sign-in/email`, { body: { email, password: "securepassword123" } })).status).toBe(200);
});

test("an unverified email-password user is not linked: the callback redirects to ?error=account_not_linked (GB12)", async () => {
  const email = uniqueEmail("unlinked");
  await call(`${deployment.auth}/sign-up/email`, { body: { email, password: "securepassword123", name: "Una" } });
  const { callback } = await signInWith(deployment.auth, "discord", email);
  expect(callback.status).toBe(302);
  expect(callback.headers.get("location")).toBe(`${deployment.auth}/error?error=account_not_linked`);
  expect(callback.headers.getSetCookie()).toEqual([STATE_EXPIRED]);
  expect((await call(`${deployment.auth}/sign-in/email`, { body: { email, password: "securepassword123" } })).status).toBe(403);
});

test("a callback without the state cookie redirects to ?error=state_mismatch, to errorCallbackURL when given, and sets no cookie (GB4)", async () => {
  for (const [extra, errorPage] of [[{}, `${deployment.auth}/error`], [{ errorCallbackURL: "/auth-error" }, "/auth-error"]] as const) {
    const start = await startSocial(deployment.auth, { provider: "google", callbackURL: "/dashboard", ...extra });
    const callbackUrl = await authorizeAtProvider(start.url);
    const callback = await call(callbackUrl.href, { origin: null });
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe(`${errorPage}?error=state_mismatch`);
    expect(callback.headers.getSetCookie()).toEqual([]);
  }
});

test("a callback whose state is unknown or already used redirects to ?error=state_mismatch (GB4)", async () => {
  const { start, callbackUrl } = await signInWith(deployment.auth, "google", uniqueEmail("replay"));
  const replay = await call(callbackUrl.href, { origin: null, cookie: start.stateCookie });
  expect(replay.status).toBe(302);
  expect(replay.headers.get("location")).toBe(`${deployment.auth}/error?error=state_mismatch`);
  const forged = await call(`${deployment.auth}/callback/google?code=x&state=forged`, { origin: null, cookie: start.stateCookie });
  expect(forged.headers.get("location")).toBe(`${deployment.auth}/error?error=state_mismatch`);
});

test("a callback with no state at all redirects to ?error=state_not_found (GB4)", async () => {
  for (const query of ["", "?code=x", "?error=access_denied"]) {
    const response = await call(`${deployment.auth}/callback/google${query}`, { origin: null });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${deployment.auth}/error?error=state_not_found`);
  }
});

test("a callback with a valid state but no code redirects to ?error=no_code and expires the state cookie (GB4)", async () => {
  const start = await startSocial(deployment.auth, { provider: "google", callbackURL: "/dashboard", errorCallbackURL: "/auth-error" });
  const response = await call(`${deployment.auth}/callback/google?state=${start.state}`, { origin: null, cookie: start.stateCookie });
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toBe("/auth-error?error=no_code");
  expect(response.headers.getSetCookie()).toEqual([STATE_EXPIRED]);
});

test("a code the provider never issued redirects to ?error=invalid_code (GB4)", async () => {
  const start = await startSocial(deployment.auth, { provider: "google", callbackURL: "/dashboard" });
  const response = await call(`${deployment.auth}/callback/google?code=never-issued&state=${start.state}`, { origin: null, cookie: start.stateCookie });
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toBe(`${deployment.auth}/error?error=invalid_code`);
  expect(response.headers.getSetCookie()).toEqual([STATE_EXPIRED]);
});

test("a provider's error=access_denied is passed on with its description (GB4)", async () => {
  const start = await startSocial(deployment.auth, { provider: "google", callbackURL: "/dashboard" });
  const denied = await call(`${deployment.auth}/callback/google?error=access_denied&error_description=The+user+denied&state=${start.state}`, { origin: null, cookie: start.stateCookie });
  expect(denied.status).toBe(302);
  expect(denied.headers.get("location")).toBe(`${deployment.auth}/error?error=access_denied&error_description=The+user+denied`);
  expect(denied.headers.getSetCookie()).toEqual([STATE_EXPIRED]);
  const toFrontend = await startSocial(deployment.auth, { provider: "google", callbackURL: "/dashboard", errorCallbackURL: `${TEST_FRONTEND}/login` });
  const redirected = await call(`${deployment.auth}/callback/google?error=access_denied&state=${toFrontend.state}`, { origin: null, cookie: toFrontend.stateCookie });
  expect(redirected.headers.get("location")).toBe(`${TEST_FRONTEND}/login?error=access_denied`);
});

test("Better Auth's error page answers 200 HTML outside production (GB4)", async () => {
  const page = await call(`${deployment.auth}/error?error=state_mismatch`, { origin: null });
  expect(page.status).toBe(200);
  expect(page.headers.get("content-type")).toBe("text/html");
  expect(await page.text()).toContain("state_mismatch");
});

test("the document's GET /sign-in/google is 404; an unknown provider is 404 PROVIDER_NOT_FOUND; a foreign callbackURL is 403 (GB3)", async () => {
  const get = await call(`${deployment.auth}/sign-in/google?callbackURL=/dashboard`, { origin: null });
  expect(get.status).toBe(404);
  const unknown = await call(`${deployment.auth}/sign-in/social`, { body: { provider: "twitter", callbackURL: "/dashboard" } });
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toEqual({ message: "Provider not found", code: "PROVIDER_NOT_FOUND" });
  const foreign = await call(`${deployment.auth}/sign-in/social`, { body: { provider: "google", callbackURL: "https://evil.example/next" } });
  expect(foreign.status).toBe(403);
  expect(await foreign.json()).toEqual({ message: "Invalid callbackURL", code: "INVALID_CALLBACK_URL" });
  expect(foreign.headers.getSetCookie()).toEqual([]);
});

test("disableRedirect: true answers redirect: false and no Location, state cookie still set (GB3)", async () => {
  const response = await call(`${deployment.auth}/sign-in/social`, { body: { provider: "github", callbackURL: "/dashboard", disableRedirect: true } });
  expect(response.status).toBe(200);
  expect(response.headers.get("location")).toBeNull();
  expect((await response.json()).redirect).toBe(false);
  expect(setCookieShapes(response)).toEqual([STATE_COOKIE]);
});
