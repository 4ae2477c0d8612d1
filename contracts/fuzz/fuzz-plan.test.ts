// Which operations a target can be fuzzed on, and with how many cases.
import { expect, test } from "vitest";
import { getOperation, operations } from "#openapi";
import { fuzzPlan, rateLimitCap } from "./fuzz-plan.ts";

const everything = { clock: true, mailbox: true, forwardedForTrusted: true, safe: false };

test("plans every operation of the spec, skipping dev routes a target does not serve or safe mode forbids", () => {
  expect(fuzzPlan(everything).every((planned) => planned.skip === undefined)).toBe(true);
  expect(fuzzPlan(everything)).toHaveLength(operations.length);
  const skipped = fuzzPlan({ ...everything, clock: false, safe: true }).filter((planned) => planned.skip !== undefined).map((planned) => planned.operation.operationId);
  expect(skipped.sort()).toEqual(["advanceClock", "clearOutbox", "getClock"]);
});

test("in safe mode without per-client IPs, gives a rate-limited operation half its window", () => {
  const shared = { ...everything, safe: true, forwardedForTrusted: false };
  expect(rateLimitCap(getOperation("signInEmail"), shared, 100)).toMatchObject({ cases: 2 });
  expect(rateLimitCap(getOperation("signInEmail"), { ...shared, forwardedForTrusted: true }, 100)).toBeUndefined();
  expect(rateLimitCap(getOperation("listPatients"), shared, 100)).toBeUndefined();
});
