// The route-checks stage alone: the body fault validate-body left for Better Auth's route.
import { expect, test } from "vitest";
import { betterAuthReply } from "../reply.ts";
import { routeChecks } from "./route-checks.ts";
import { runStage } from "./stage.ts";
import { testContext, testState } from "./test-state.ts";

test("answers the fault left for the route", async () => {
  const state = testState(testContext(), "changePassword");
  state.routeCheck = betterAuthReply(400, "PASSWORD_TOO_SHORT");
  expect(await runStage(routeChecks, state)).toEqual(betterAuthReply(400, "PASSWORD_TOO_SHORT"));
});

test("hands on when no fault was left", async () => {
  expect(await runStage(routeChecks, testState(testContext(), "changePassword"))).toBeUndefined();
});
