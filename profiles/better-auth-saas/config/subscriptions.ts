// The app's subscriptions, as data: the three states a frontend shows (paid, on trial, none), what
// get-session reports for each, and a store keyed by the customer's email (as a billing provider
// keys its customers) that the mock keeps in memory and the reference in PostgreSQL.

/** The states a user's subscription can be seeded in. */
export const SUBSCRIPTION_STATES = ["subscribed", "trial", "none"] as const;
export type SubscriptionState = (typeof SUBSCRIPTION_STATES)[number];

/** What get-session carries as `subscription` (the seed's `isSubscribed` and `productId`, plus the state's status). */
export type Subscription = { isSubscribed: boolean; productId: string | null; status: "active" | "trialing" | "none" };

/** The product a seeded subscription is on when the seed names none (the seed's example product). */
export const DEFAULT_PRODUCT_ID = "prod_pro_monthly";

/** A seed: the state, and for a paid or trial state the product. */
export type SubscriptionSeed = { email: string; state: SubscriptionState; productId?: string };

/** The subscription a seed stands for. A trial counts as subscribed: it unlocks the product until it ends. */
export function subscriptionOf(seed: Omit<SubscriptionSeed, "email">): Subscription {
  if (seed.state === "none") return { isSubscribed: false, productId: null, status: "none" };
  return { isSubscribed: true, productId: seed.productId ?? DEFAULT_PRODUCT_ID, status: seed.state === "trial" ? "trialing" : "active" };
}

/** Where the app reads subscriptions from; a user nobody seeded has none. */
export type SubscriptionStore = {
  /** The subscription of the customer with this email (compared case-insensitively). */
  read(email: string): Promise<Subscription>;
  /** Sets a customer's subscription; what get-session reports from then on. */
  seed(seed: SubscriptionSeed): Promise<Subscription>;
};

/** A seed read from a request body, or the reason it is not one. */
export function parseSubscriptionSeed(body: unknown): { seed: SubscriptionSeed } | { error: string } {
  const usage = `send {"email": "<the user's email>", "state": one of ${SUBSCRIPTION_STATES.join(", ")}, "productId"?: "<a product id>"}`;
  if (typeof body !== "object" || body === null) return { error: `Failed to read the subscription seed: ${usage}.` };
  const { email, state, productId } = { email: Reflect.get(body, "email"), state: Reflect.get(body, "state"), productId: Reflect.get(body, "productId") };
  if (typeof email !== "string" || !email.includes("@")) return { error: `Failed to read the subscription seed: "email" is not an email address; ${usage}.` };
  if (!isSubscriptionState(state)) return { error: `Failed to read the subscription seed: "state" ${JSON.stringify(state)} is unknown; ${usage}.` };
  if (productId !== undefined && (typeof productId !== "string" || productId === "")) return { error: `Failed to read the subscription seed: "productId" must be a non-empty string; ${usage}.` };
  if (productId !== undefined && state === "none") return { error: `Failed to read the subscription seed: the state "none" has no product; leave "productId" out.` };
  return { seed: { email: email.toLowerCase(), state, ...(typeof productId === "string" ? { productId } : {}) } };
}

function isSubscriptionState(value: unknown): value is SubscriptionState {
  return SUBSCRIPTION_STATES.some((known) => known === value);
}

/** A store in memory (the mock's); `clear` forgets every seed. */
export function createMemorySubscriptionStore(): SubscriptionStore & { clear(): void } {
  const seeds = new Map<string, SubscriptionSeed>();
  return {
    read: async (email) => subscriptionOf(seeds.get(email.toLowerCase()) ?? { state: "none" }),
    async seed(seed) {
      seeds.set(seed.email.toLowerCase(), { ...seed, email: seed.email.toLowerCase() });
      return subscriptionOf(seed);
    },
    clear: () => seeds.clear(),
  };
}
