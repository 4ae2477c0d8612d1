// The decode-params stage alone: a path parameter that does not decode (D37).
import { expect, test } from "vitest";
import { temetroReply } from "../reply.ts";
import { decodeParams } from "./decode-params.ts";
import { runStage } from "./stage.ts";
import { testContext, testState } from "./test-state.ts";

test("answers 400 Malformed URL. for a path parameter that does not decode", async () => {
  const reply = await runStage(decodeParams, testState(testContext(), "getPatient", { path: "/api/patients/%zz" }));
  expect(reply).toEqual(temetroReply("MALFORMED_URL"));
  expect(reply?.status).toBe(400);
});

test("hands on a parameter that decodes", async () => {
  expect(await runStage(decodeParams, testState(testContext(), "getPatient", { path: "/api/patients/A%20B" }))).toBeUndefined();
});
