// The validate-body stage alone: each family's answer to a body its schema refuses.
import { expect, test } from "vitest";
import { runStage } from "./stage.ts";
import { testContext, testState } from "./test-state.ts";
import { validateBody } from "./validate-body.ts";

test("answers a Better Auth schema fault at once: 400 VALIDATION_ERROR", async () => {
  const state = testState(testContext(), "signUpEmail");
  state.body = { name: "x", email: "bad", password: "long-enough-password" };
  expect(await runStage(validateBody("better-auth"), state)).toEqual({ status: 400, body: { code: "VALIDATION_ERROR", message: "[body.email] Invalid email address" } });
});

test("keeps a fault Better Auth's route checks itself for later, and answers nothing yet", async () => {
  const state = testState(testContext(), "changePassword");
  state.body = { currentPassword: "x", newPassword: "short" };
  expect(await runStage(validateBody("better-auth"), state)).toBeUndefined();
  expect(state.routeCheck).toMatchObject({ status: 400, body: { code: "PASSWORD_TOO_SHORT" } });
});

test("passes a valid body on unchanged", async () => {
  const state = testState(testContext(), "signUpEmail");
  const body = { name: "x", email: "x@clinic.example", password: "long-enough-password" };
  state.body = body;
  expect(await runStage(validateBody("better-auth"), state)).toBeUndefined();
  expect(state).toMatchObject({ body, routeCheck: null });
});

test("answers a temetro schema fault with 400 Validation failed and zod's issues", async () => {
  const state = testState(testContext(), "createPatient");
  state.body = {};
  expect(await runStage(validateBody("temetro"), state)).toMatchObject({ status: 400, body: { error: "Validation failed", details: expect.any(Array) } });
});
