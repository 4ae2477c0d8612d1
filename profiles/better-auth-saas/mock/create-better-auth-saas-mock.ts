// The mock of the Better Auth SaaS (seed 003): the real better-auth in memory, configured by the
// profile's one options object (../config/auth-options.ts), with the subscription store in memory
// and seedable per user, so a frontend can show each paywall state (subscribed, trial, none).
import { createBetterAuthEngine } from "#mocks/engines/better-auth/index";
import type { SentMail } from "#mocks/engines/better-auth/index";
import { createSaasAuthOptions } from "../config/auth-options.ts";
import type { ProfileMail } from "../config/auth-options.ts";
import type { SubscriptionSeed, SubscriptionState } from "../config/subscriptions.ts";
import { seedableSubscriptions } from "./subscription-dev-route.ts";

export type BetterAuthSaasMockOptions = {
  /** Where the mock says it lives (Better Auth's baseURL, the JWT's issuer); default http://localhost:4000. */
  baseURL?: string;
  /** The frontend's origin: trusted by Better Auth and allowed by CORS; default http://localhost:3000. */
  frontendOrigin?: string;
  /** Better Auth's secret; default a fixed development value, so cookies survive a restart. */
  secret?: string;
  /** Subscriptions by email, seeded at start and after every reset: a state, or a state with its product. */
  subscriptions?: Record<string, SubscriptionState | { state: SubscriptionState; productId?: string }>;
  /** One line per email sent and per failed answer; default console.log. */
  log?: (line: string) => void;
};

export type BetterAuthSaasMock = {
  /** Answers one request: /api/auth/*, /health and /__dev/* (outbox, reset, subscriptions). */
  fetch(request: Request): Promise<Response>;
  /** The emails sent (verification, password reset), oldest first. */
  outbox: { list(to?: string): SentMail<ProfileMail>[]; clear(): void };
  /** Sets a user's subscription (what POST /__dev/subscriptions does). */
  seedSubscription(seed: SubscriptionSeed): Promise<void>;
  /** Empties users, sessions, organizations, signing keys, the outbox and the rate-limit memory; subscriptions go back to the seeded ones. */
  reset(): Promise<void>;
};

/** A development secret: fixed, so a restarted mock still reads the cookies it set; never for production. */
const DEV_SECRET = "better-auth-saas-mock-3b8e1f0a6c2d4e7f9a1b3c5d7e9f0a2b";

/** Creates the mock; every request is answered in this process. */
export function createBetterAuthSaasMock(options: BetterAuthSaasMockOptions = {}): BetterAuthSaasMock {
  const baseURL = (options.baseURL ?? "http://localhost:4000").replace(/\/$/, "");
  const frontendOrigin = options.frontendOrigin ?? "http://localhost:3000";
  const seeds = Object.entries(options.subscriptions ?? {}).map(([email, seed]) => ({ email, ...(typeof seed === "string" ? { state: seed } : seed) }));
  const subscriptions = seedableSubscriptions(seeds);
  const engine = createBetterAuthEngine<ProfileMail>({
    cors: { origins: [frontendOrigin] },
    extensions: [subscriptions],
    ...(options.log === undefined ? {} : { log: options.log }),
    options: ({ database, password, sendMail }) =>
      createSaasAuthOptions({ baseURL, secret: options.secret ?? DEV_SECRET, database, trustedOrigins: [frontendOrigin], sendMail, password, subscriptions: subscriptions.store }),
  });
  return { fetch: engine.fetch, outbox: engine.outbox, seedSubscription: async (seed) => void (await subscriptions.store.seed(seed)), reset: engine.reset };
}
