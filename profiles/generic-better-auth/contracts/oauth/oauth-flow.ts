// The OAuth redirect chain as a browser follows it: the app's /sign-in/social answer, the
// provider's authorize redirect, the app's callback. The provider is the mock's own, or a real
// OpenID Connect provider beside the reference deployment; `loginHint` picks who signs in there.
import { expect } from "vitest";
import type { Actor, Exchange, Target } from "#targets/target";
import { bodyOf, locationOf, pathOf } from "../profile-states.ts";

export type OAuthStart = { start: Exchange; url: URL; state: string };

/** POST /sign-in/social: the authorization URL and the state it carries. */
export async function startOAuth(actor: Actor, options: { provider?: string; loginHint: string; callbackURL?: string; errorCallbackURL?: string }): Promise<OAuthStart> {
  const { provider = "google", loginHint, callbackURL = "/dashboard", errorCallbackURL = "/sign-in-error" } = options;
  const start = await actor.request("/api/auth/sign-in/social", { json: { provider, callbackURL, errorCallbackURL, loginHint } });
  const url = new URL(bodyOf(start, "signInSocial", 200).url);
  const state = url.searchParams.get("state");
  if (state === null) throw new Error(`Failed to start the OAuth sign-in: the authorization URL has no state (${url.href}).`);
  return { start, url, state };
}

/** The provider's answer to the authorization URL: a redirect to the app's callback. */
export async function authorizeAtProvider(actor: Actor, target: Target, start: OAuthStart): Promise<URL> {
  const authorize = await actor.request(start.url.href, { operationId: null });
  expect(authorize.status, `the provider's answer to ${start.url.origin}${start.url.pathname}`).toBe(302);
  return locationOf(authorize, target);
}

/** Starts, lets the provider sign `loginHint` in, and follows the redirect back to the app's callback. */
export async function signInThroughProvider(actor: Actor, target: Target, loginHint: string, callbackURL = "/dashboard"): Promise<{ start: OAuthStart; callback: Exchange }> {
  const start = await startOAuth(actor, { loginHint, callbackURL });
  const back = await authorizeAtProvider(actor, target, start);
  const callback = await actor.request(pathOf(back.href));
  return { start, callback };
}

/** The `error` a callback's redirect carries, and where it lands. */
export function errorRedirect(exchange: Exchange, target: Target): { path: string; error: string | null } {
  expect(exchange.status, `status of ${exchange.request.path}`).toBe(302);
  const location = locationOf(exchange, target);
  return { path: location.pathname, error: location.searchParams.get("error") };
}
