import { expect, test } from "vitest";
import { browserLikeClient } from "#mocks/engines/testing/browser-like-client";
import { createGenericBetterAuthMock } from "./create-generic-better-auth-mock.ts";
import { DASHBOARD, landing, signInWithProvider, startSocialSignIn, visitProvider } from "./testing/oauth-journey.ts";

const APP_ERROR_PAGE = "http://localhost:4000/api/auth/error";
const quiet = () => createGenericBetterAuthMock({ log: () => {} });

test("signs in with Google through the mock's provider: authorize, callback, session cookie, get-session", async () => {
  const mock = quiet();
  const browser = browserLikeClient(mock.fetch);
  const authorization = await startSocialSignIn(browser, { provider: "google", loginHint: "grace@example.com" });
  expect(`${authorization.origin}${authorization.pathname}`).toBe("http://localhost:4000/__oauth/google/authorize");
  expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
  expect(browser.cookies.has("better-auth.state")).toBe(true);

  const callback = await visitProvider(browser, authorization);
  expect(landing(callback)).toEqual({ status: 302, at: DASHBOARD, error: null });
  expect(browser.cookies.has("better-auth.state")).toBe(false);
  const session = await (await browser.send("/api/auth/get-session")).json();
  expect(session.user).toMatchObject({ email: "grace@example.com", emailVerified: true, plan: "free" });
});

test("signs the same person in to the same user the next time", async () => {
  const mock = quiet();
  const first = browserLikeClient(mock.fetch);
  const second = browserLikeClient(mock.fetch);
  await signInWithProvider(first, { provider: "discord", loginHint: "grace@example.com" });
  await signInWithProvider(second, { provider: "discord", loginHint: "grace@example.com" });
  const ids = await Promise.all([first, second].map(async (browser) => (await (await browser.send("/api/auth/get-session")).json()).user.id));
  expect(ids[0]).toBe(ids[1]);
});

test("links the provider to an existing verified user of the same email", async () => {
  const mock = quiet();
  const owner = browserLikeClient(mock.fetch);
  await owner.post("/api/auth/sign-up/email", { email: "ada@example.com", password: "analytical-engine-1843", name: "Ada" });
  await owner.send(mock.outbox.list("ada@example.com")[0]?.url ?? "");
  const userId = (await (await owner.send("/api/auth/get-session")).json()).user.id;

  const browser = browserLikeClient(mock.fetch);
  expect(landing(await signInWithProvider(browser, { provider: "github", loginHint: "ada@example.com" })).at).toBe(DASHBOARD);
  expect((await (await browser.send("/api/auth/get-session")).json()).user.id).toBe(userId);
  const accounts = await (await browser.send("/api/auth/list-accounts")).json();
  expect(accounts.map((account: { providerId: string }) => account.providerId).sort()).toEqual(["credential", "github"]);
});

test("refuses to link to a user whose email is not verified yet: account_not_linked, no session", async () => {
  const mock = quiet();
  await browserLikeClient(mock.fetch).post("/api/auth/sign-up/email", { email: "ada@example.com", password: "analytical-engine-1843", name: "Ada" });
  const browser = browserLikeClient(mock.fetch);
  expect(landing(await signInWithProvider(browser, { provider: "github", loginHint: "ada@example.com" }))).toEqual({ status: 302, at: APP_ERROR_PAGE, error: "account_not_linked" });
  expect(await (await browser.send("/api/auth/get-session")).json()).toBeNull();
});

test("redirects a callback from another browser (no state cookie) to state_mismatch", async () => {
  const mock = quiet();
  const starter = browserLikeClient(mock.fetch);
  const provider = await starter.send((await startSocialSignIn(starter, { provider: "google" })).toString());
  const other = browserLikeClient(mock.fetch);
  expect(landing(await other.follow(provider))).toEqual({ status: 302, at: APP_ERROR_PAGE, error: "state_mismatch" });
  expect(await (await other.send("/api/auth/get-session")).json()).toBeNull();
});

test("redirects a callback with a state the app never issued to state_mismatch", async () => {
  const browser = browserLikeClient(quiet().fetch);
  await startSocialSignIn(browser, { provider: "google" });
  expect(landing(await browser.send("/api/auth/callback/google?state=forged-state&code=anything")).error).toBe("state_mismatch");
});

test("redirects a callback without a code to no_code, at the errorCallbackURL when one was given", async () => {
  const browser = browserLikeClient(quiet().fetch);
  const authorization = await startSocialSignIn(browser, { provider: "google", errorCallbackURL: "http://localhost:3000/sign-in-failed" });
  const answer = await browser.send(`/api/auth/callback/google?state=${authorization.searchParams.get("state")}`);
  expect(landing(answer)).toEqual({ status: 302, at: "http://localhost:3000/sign-in-failed", error: "no_code" });
});

test("redirects a code the provider does not know to invalid_code", async () => {
  const browser = browserLikeClient(quiet().fetch);
  const authorization = await startSocialSignIn(browser, { provider: "google" });
  const answer = await browser.send(`/api/auth/callback/google?state=${authorization.searchParams.get("state")}&code=not-a-code`);
  expect(landing(answer)).toEqual({ status: 302, at: APP_ERROR_PAGE, error: "invalid_code" });
});

test("passes the provider's access_denied on when the user refuses", async () => {
  const browser = browserLikeClient(quiet().fetch);
  const authorization = await startSocialSignIn(browser, { provider: "google" });
  authorization.searchParams.set("deny", "1");
  expect(landing(await visitProvider(browser, authorization))).toEqual({ status: 302, at: APP_ERROR_PAGE, error: "access_denied" });
  expect(await (await browser.send("/api/auth/get-session")).json()).toBeNull();
});
