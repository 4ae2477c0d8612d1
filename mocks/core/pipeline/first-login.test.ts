// The first-login stage alone: Better Auth's formCsrfMiddleware on sign-in and sign-up.
import { expect, test } from "vitest";
import { firstLogin } from "./first-login.ts";
import { runStage } from "./stage.ts";
import { FOREIGN_ORIGIN, testContext, testState } from "./test-state.ts";

const CROSS_SITE_NAVIGATION = { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" };

test("blocks a cross-site navigation to sign-in: 403 CROSS_SITE_NAVIGATION_LOGIN_BLOCKED", async () => {
  const state = testState(testContext(), "signInEmail", { headers: CROSS_SITE_NAVIGATION });
  expect(await runStage(firstLogin, state)).toMatchObject({ status: 403, body: { code: "CROSS_SITE_NAVIGATION_LOGIN_BLOCKED" } });
});

test("refuses a foreign Origin on sign-up even without a cookie: 403 INVALID_ORIGIN", async () => {
  const state = testState(testContext(), "signUpEmail", { headers: { origin: FOREIGN_ORIGIN } });
  expect(await runStage(firstLogin, state)).toMatchObject({ status: 403, body: { code: "INVALID_ORIGIN" } });
});

test("leaves an operation without the first-login rule alone", async () => {
  const state = testState(testContext(), "signInUsername", { headers: CROSS_SITE_NAVIGATION });
  expect(await runStage(firstLogin, state)).toBeUndefined();
});
