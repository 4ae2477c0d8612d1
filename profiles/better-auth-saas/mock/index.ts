// temetro-contract/profiles/better-auth-saas/mock: the profile's mock, in a process or on a port.
export { createBetterAuthSaasMock } from "./create-better-auth-saas-mock.ts";
export type { BetterAuthSaasMock, BetterAuthSaasMockOptions } from "./create-better-auth-saas-mock.ts";
export { serveBetterAuthSaasMock } from "./serve-better-auth-saas-mock.ts";
export type { ServeOptions } from "./serve-better-auth-saas-mock.ts";
export { SUBSCRIPTION_STATES } from "../config/subscriptions.ts";
export type { Subscription, SubscriptionSeed, SubscriptionState } from "../config/subscriptions.ts";
