// The OAuth redirect chain a browser follows, one hop at a time: the app's sign-in/social answer, the
// provider's authorize redirect, the app's callback.
import { expect } from "vitest";
import { call, cookieHeader } from "./wire.ts";

export type SocialStart = { response: Response; url: URL; state: string; stateCookie: string };

/** POST /sign-in/social; returns the provider URL it answers with and the state cookie it sets. */
export async function startSocial(auth: string, body: Record<string, unknown>, cookie?: string): Promise<SocialStart> {
  const response = await call(`${auth}/sign-in/social`, { body, cookie });
  expect(response.status).toBe(200);
  const answer = (await response.clone().json()) as { url: string };
  const url = new URL(answer.url);
  return { response, url, state: url.searchParams.get("state") ?? "", stateCookie: cookieHeader(response) };
}

/** The provider's /authorize, as the browser opens it (a navigation: no Origin); its redirect back. */
export async function authorizeAtProvider(url: URL): Promise<URL> {
  const response = await call(url.href, { origin: null });
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location")!);
}

/** The whole chain for `provider`, signing in as `email`; the callback's response and its cookies. */
export async function signInWith(auth: string, provider: string, email: string, extra: Record<string, unknown> = {}) {
  const start = await startSocial(auth, { provider, callbackURL: "/dashboard", loginHint: email, ...extra });
  const callbackUrl = await authorizeAtProvider(start.url);
  const callback = await call(callbackUrl.href, { origin: null, cookie: start.stateCookie });
  return { start, callbackUrl, callback, cookie: cookieHeader(callback) };
}
