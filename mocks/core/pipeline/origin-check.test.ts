// The origin-check stage alone: Better Auth's originCheckMiddleware on state-changing requests.
import { expect, test } from "vitest";
import { originCheck } from "./origin-check.ts";
import { runStage } from "./stage.ts";
import { FOREIGN_ORIGIN, TRUSTED_ORIGIN, testContext, testState } from "./test-state.ts";

test("refuses a cookie-carrying request from a foreign origin: 403 INVALID_ORIGIN", async () => {
  const state = testState(testContext(), "signOut", { headers: { cookie: "a=1", origin: FOREIGN_ORIGIN } });
  expect(await runStage(originCheck, state)).toMatchObject({ status: 403, body: { code: "INVALID_ORIGIN" } });
});

test("refuses an untrusted callbackURL in the body read before it: 403 INVALID_CALLBACK_URL", async () => {
  const state = testState(testContext(), "sendVerificationEmail", { headers: { origin: TRUSTED_ORIGIN } });
  state.body = { email: "x@clinic.example", callbackURL: `${FOREIGN_ORIGIN}/welcome` };
  expect(await runStage(originCheck, state)).toMatchObject({ status: 403, body: { code: "INVALID_CALLBACK_URL" } });
});

test("leaves an operation whose rules ask for no origin check alone", async () => {
  const state = testState(testContext(), "forgetPassword", { headers: { cookie: "a=1", origin: FOREIGN_ORIGIN } });
  expect(await runStage(originCheck, state)).toBeUndefined();
});
