// The read-body stage alone: the JSON body onto the state, each family's 400 for malformed JSON.
import { expect, test } from "vitest";
import { readBody } from "./read-body.ts";
import { runStage } from "./stage.ts";
import { testContext, testState } from "./test-state.ts";

const MALFORMED = { headers: { "content-type": "application/json" }, text: "{not json" };

test("puts the parsed JSON body on the state", async () => {
  const state = testState(testContext(), "signUpEmail", { json: { name: "x" } });
  expect(await runStage(readBody("better-auth"), state)).toBeUndefined();
  expect(state.body).toEqual({ name: "x" });
});

test("leaves the body unread for an operation that takes none", async () => {
  const state = testState(testContext(), "forgetPassword", { json: { email: "x@clinic.example" } });
  expect(await runStage(readBody("better-auth"), state)).toBeUndefined();
  expect(state.body).toBeUndefined();
  // testState builds a fetch Request; the stage sees it as a MockRequest.
  const { request } = state;
  expect(request instanceof Request && !request.bodyUsed).toBe(true);
});

test("answers malformed JSON with Better Auth's 400 BAD_REQUEST", async () => {
  const reply = await runStage(readBody("better-auth"), testState(testContext(), "signUpEmail", MALFORMED));
  expect(reply).toMatchObject({ status: 400, body: { code: "BAD_REQUEST" } });
});

test("answers malformed JSON with temetro's 400 Validation failed (D11)", async () => {
  const reply = await runStage(readBody("temetro"), testState(testContext(), "createPatient", MALFORMED));
  expect(reply).toMatchObject({ status: 400, body: { error: "Validation failed", details: [{ code: "invalid_json" }] } });
});
