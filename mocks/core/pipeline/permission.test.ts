// The permission stage alone: temetro's requirePermission against the role matrix.
import { expect, test } from "vitest";
import { temetroReply } from "../reply.ts";
import { permission } from "./permission.ts";
import { runStage } from "./stage.ts";
import { signedInMember, testContext, testState } from "./test-state.ts";

async function stateAs(role: string, operationId: string) {
  const ctx = testContext();
  const { member } = await signedInMember(ctx, role);
  const state = testState(ctx, operationId);
  state.member = member;
  return state;
}

test("refuses a role without the operation's permission: 403 for reception deleting a patient", async () => {
  const reply = await runStage(permission, await stateAs("reception", "deletePatient"));
  expect(reply).toEqual(temetroReply("PERMISSION_DENIED"));
  expect(reply?.status).toBe(403);
});

test("lets a role with the permission through", async () => {
  expect(await runStage(permission, await stateAs("reception", "createPatient"))).toBeUndefined();
});

test("lets every member through an operation that names no permission", async () => {
  expect(await runStage(permission, await stateAs("lab", "listProviders"))).toBeUndefined();
});
