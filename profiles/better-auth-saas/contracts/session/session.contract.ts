// SESSION: the session read with the subscription (BS05), in each state a user can be seeded in
// (subscribed, trial, none), and sign-out. Signed out, get-session is 200 with `null`.
import { describe, expect } from "vitest";
import { checkSignedOutSession, checkSignOut } from "#contracts/better-auth-app-checks";
import { check } from "#contracts/harness";
import { SUBSCRIPTION_STATES, subscriptionOf } from "#profiles/better-auth-saas/config/subscriptions";
import { reportDifference } from "../document-differences.ts";
import { bodyOf, NO_SUBSCRIPTION_SEEDING, seedSubscription, signedUp, verifiedUser } from "../profile-states.ts";

describe("GET /api/auth/get-session", () => {
  checkSignedOutSession();

  check("SESSION-NEW-USER-UNSUBSCRIBED", "answers a new user with the session, the user and subscription {isSubscribed: false, productId: null, status: none} (BS05, BS10)", async (context) => {
    const { actor, identity, userId } = await context.given(signedUp("session"));
    const body = bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200);
    expect(body?.user).toMatchObject({ id: userId, email: identity.email });
    expect(body?.session.userId).toBe(userId);
    expect(body?.session.activeOrganizationId ?? null, "no active organization yet").toBeNull();
    expect(body?.subscription).toEqual({ isSubscribed: false, productId: null, status: "none" });
    reportDifference(context, "BS10");
  });

  for (const state of SUBSCRIPTION_STATES) {
    check(`SESSION-SUBSCRIPTION-${state.toUpperCase()}`, `answers a user seeded "${state}" with subscription ${JSON.stringify(subscriptionOf({ state }))}`, async ({ given, actor, skip }) => {
      const user = await given(signedUp(`paywall ${state}`));
      // From another state first, so the read shows the seed, not a default.
      const first = await seedSubscription(actor("operator"), user.identity.email, state === "subscribed" ? "none" : "subscribed");
      if (first === undefined) return skip(NO_SUBSCRIPTION_SEEDING);
      const seeded = await seedSubscription(actor("operator"), user.identity.email, state);
      if (seeded === undefined) return skip(NO_SUBSCRIPTION_SEEDING);
      expect(bodyOf(seeded, "seedSubscription", 200).subscription).toEqual(subscriptionOf({ state }));
      const body = bodyOf(await user.actor.request("/api/auth/get-session"), "getSession", 200);
      expect(body?.subscription).toEqual(subscriptionOf({ state }));
    });
  }
});

describe("POST /api/auth/sign-out", () => {
  checkSignOut(verifiedUser);
});
