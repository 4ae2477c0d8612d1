// The steps of an OAuth sign-in as a browser takes them, for the mock's tests: ask the app for the
// provider's URL, visit it, and come back to the app's callback with what the provider answered.
import type { BrowserLikeClient } from "#mocks/engines/testing/browser-like-client";

export type SocialSignIn = { provider: string; callbackURL?: string; errorCallbackURL?: string; loginHint?: string };

export const DASHBOARD = "http://localhost:3000/dashboard";

/** POST /api/auth/sign-in/social; the authorization URL the app answers with. */
export async function startSocialSignIn(client: BrowserLikeClient, body: SocialSignIn): Promise<URL> {
  const answer = await client.post("/api/auth/sign-in/social", { callbackURL: DASHBOARD, ...body });
  const { url } = await answer.json();
  if (answer.status !== 200 || typeof url !== "string") throw new Error(`Failed to start the OAuth sign-in: ${answer.status} ${JSON.stringify(url)}`);
  return new URL(url);
}

/** Visits the authorization URL and follows the provider's redirect to the app's callback; the callback's answer. */
export async function visitProvider(client: BrowserLikeClient, authorization: URL): Promise<Response> {
  const provider = await client.send(authorization.toString());
  if (provider.status !== 302) throw new Error(`Failed at the provider: ${provider.status} ${await provider.text()}`);
  return client.follow(provider);
}

/** The whole sign-in: the callback's answer (a redirect to the callbackURL, or to an error page). */
export async function signInWithProvider(client: BrowserLikeClient, body: SocialSignIn): Promise<Response> {
  return visitProvider(client, await startSocialSignIn(client, body));
}

/** Where a redirect goes, and the `error` it carries (null when none). */
export function landing(response: Response): { status: number; at: string; error: string | null } {
  const location = new URL(response.headers.get("location") ?? "about:blank");
  return { status: response.status, at: `${location.origin}${location.pathname}`, error: location.searchParams.get("error") };
}
