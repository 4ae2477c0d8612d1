// The rate-limit stage alone: Better Auth's 429 when the limiter refuses.
import { expect, test } from "vitest";
import { rateLimitRuleFor, rateLimits } from "#openapi";
import { rateLimit } from "./rate-limit.ts";
import { runStage } from "./stage.ts";
import { testContext, testState } from "./test-state.ts";

test("answers 429 with Retry-After when the limiter refuses", async () => {
  const ctx = testContext();
  const refusing = { ...ctx, rateLimiter: { consume: () => ({ allowed: false as const, rule: rateLimitRuleFor("/sign-in/email"), retryAfter: 42 }), reset() {}, size: () => 0 } };
  const reply = await runStage(rateLimit, testState(refusing, "signInEmail", { json: {} }));
  expect(reply).toEqual({ status: 429, body: { message: rateLimits.blocked.message }, headers: { [rateLimits.blocked.header]: "42" } });
});

test("hands on a request within its rule, having counted it", async () => {
  const ctx = testContext();
  const state = testState(ctx, "signInEmail", { json: {} });
  expect(await runStage(rateLimit, state)).toBeUndefined();
  expect(ctx.rateLimiter.size()).toBe(1);
});
