// The mock's subscription seeding beside the engine's /__dev/* routes: POST /__dev/subscriptions
// {email, state, productId?} sets what get-session reports for that user; reset empties the store
// and puts back the seeds the mock was created with.
import type { EngineExtension } from "#mocks/engines/better-auth/index";
import { createMemorySubscriptionStore, parseSubscriptionSeed } from "../config/subscriptions.ts";
import type { SubscriptionSeed, SubscriptionStore } from "../config/subscriptions.ts";

export const SUBSCRIPTIONS_ROUTE = "/__dev/subscriptions";

export type SeedableSubscriptions = EngineExtension & { store: SubscriptionStore };

/** The store and its dev route; `initial` is seeded now and after every reset. */
export function seedableSubscriptions(initial: readonly SubscriptionSeed[]): SeedableSubscriptions {
  const store = createMemorySubscriptionStore();
  const seedInitial = () => {
    store.clear();
    for (const seed of initial) void store.seed(seed);
  };
  seedInitial();
  return {
    store,
    handles: (request) => new URL(request.url).pathname === SUBSCRIPTIONS_ROUTE,
    async fetch(request) {
      if (request.method !== "POST") return Response.json({ error: `No dev route ${request.method} ${SUBSCRIPTIONS_ROUTE}: POST it.` }, { status: 405, headers: { allow: "POST" } });
      const parsed = parseSubscriptionSeed(await request.json().catch(() => undefined));
      if ("error" in parsed) return Response.json({ error: parsed.error }, { status: 400 });
      return Response.json({ email: parsed.seed.email, subscription: await store.seed(parsed.seed) });
    },
    reset: seedInitial,
  };
}
