// The mock's in-memory code exchange against Better Auth's own URL-based one, on the same provider
// served over real HTTP: every outcome must land on the same page with the same `error`.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createBetterAuthEngine } from "#mocks/engines/better-auth/index";
import type { BetterAuthEngine } from "#mocks/engines/better-auth/index";
import { createMockOAuthProvider, inMemoryExchange } from "#mocks/engines/oauth-provider/index";
import type { MockOAuthProvider } from "#mocks/engines/oauth-provider/index";
import { serveOverHttp } from "#mocks/engines/serve-over-http";
import type { HttpServing } from "#mocks/engines/serve-over-http";
import { browserLikeClient } from "#mocks/engines/testing/browser-like-client";
import { createGenericAuthOptions, OAUTH_PROVIDERS, oauthClient } from "../config/auth-options.ts";
import type { ProfileMail } from "../config/auth-options.ts";
import { landing, startSocialSignIn, visitProvider } from "./testing/oauth-journey.ts";

const APP = "http://localhost:4000";
let serving: HttpServing;
const engines: Record<"in-memory" | "over HTTP", BetterAuthEngine<ProfileMail>> = Object.create(null);

function engine(oauth: MockOAuthProvider, exchange: boolean): BetterAuthEngine<ProfileMail> {
  return createBetterAuthEngine<ProfileMail>({
    extensions: [oauth],
    log: () => {},
    options: ({ database, password, sendMail }) =>
      createGenericAuthOptions({
        baseURL: APP,
        secret: "parity-test-secret-0d4f7a9c2e6b8135f0a7c9e2d4b6f813",
        database,
        trustedOrigins: ["http://localhost:3000"],
        sendMail,
        password,
        oauthEndpoints: (id) => oauth.endpoints(id),
        ...(exchange ? { oauthExchange: (id) => inMemoryExchange(oauth, id, oauthClient(id)) } : {}),
      }),
  });
}

beforeAll(async () => {
  // The provider's URLs name the port it is served on, known once it listens.
  serving = await serveOverHttp((url) => {
    const oauth = createMockOAuthProvider({
      baseUrl: `${url}/__oauth`,
      clients: Object.fromEntries(OAUTH_PROVIDERS.map((id) => [id, { ...oauthClient(id), redirectUris: [`${APP}/api/auth/callback/${id}`] }])),
    });
    engines["in-memory"] = engine(oauth, true);
    engines["over HTTP"] = engine(oauth, false);
    return oauth.fetch;
  }, { port: 0 });
});
afterAll(() => serving.close());

type Outcome = ReturnType<typeof landing> & { email: string | null };

/** Runs one scenario on both engines; what each browser ended with. */
async function onBoth(scenario: (app: BetterAuthEngine<ProfileMail>) => Promise<{ answer: Response; browser: ReturnType<typeof browserLikeClient> }>): Promise<Record<string, Outcome>> {
  const outcomes: Record<string, Outcome> = {};
  for (const [name, app] of Object.entries(engines)) {
    const { answer, browser } = await scenario(app);
    const session = await (await browser.send("/api/auth/get-session")).json();
    outcomes[name] = { ...landing(answer), email: session?.user.email ?? null };
  }
  return outcomes;
}

test("signs the same person in either way", async () => {
  const outcomes = await onBoth(async (app) => {
    const browser = browserLikeClient(app.fetch);
    return { browser, answer: await visitProvider(browser, await startSocialSignIn(browser, { provider: "github", loginHint: "lin@example.com" })) };
  });
  expect(outcomes["over HTTP"]).toEqual({ status: 302, at: "http://localhost:3000/dashboard", error: null, email: "lin@example.com" });
  expect(outcomes["in-memory"]).toEqual(outcomes["over HTTP"]);
});

test("ends a code the provider refuses in invalid_code either way: unknown, replayed, or with a wrong PKCE verifier", async () => {
  const refusals = {
    unknown: async (app: BetterAuthEngine<ProfileMail>) => {
      const browser = browserLikeClient(app.fetch);
      const state = (await startSocialSignIn(browser, { provider: "google" })).searchParams.get("state");
      return { browser, answer: await browser.send(`/api/auth/callback/google?state=${state}&code=made-up`) };
    },
    replayed: async (app: BetterAuthEngine<ProfileMail>) => {
      const first = browserLikeClient(app.fetch);
      const redirect = await first.send((await startSocialSignIn(first, { provider: "google" })).toString());
      const code = new URL(redirect.headers.get("location") ?? "").searchParams.get("code");
      await first.follow(redirect);
      const browser = browserLikeClient(app.fetch);
      const state = (await startSocialSignIn(browser, { provider: "google" })).searchParams.get("state");
      return { browser, answer: await browser.send(`/api/auth/callback/google?state=${state}&code=${code}`) };
    },
    "wrong verifier": async (app: BetterAuthEngine<ProfileMail>) => {
      const browser = browserLikeClient(app.fetch);
      const authorization = await startSocialSignIn(browser, { provider: "google" });
      authorization.searchParams.set("code_challenge", "A".repeat(43));
      return { browser, answer: await visitProvider(browser, authorization) };
    },
  };
  for (const [name, scenario] of Object.entries(refusals)) {
    const outcomes = await onBoth(scenario);
    expect(outcomes["over HTTP"], name).toEqual({ status: 302, at: `${APP}/api/auth/error`, error: "invalid_code", email: null });
    expect(outcomes["in-memory"], name).toEqual(outcomes["over HTTP"]);
  }
});
