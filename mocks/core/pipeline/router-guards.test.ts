// The router-guards stage alone: temetro's requireAuth and requireOrg.
import { expect, test } from "vitest";
import { temetroReply } from "../reply.ts";
import { routerGuards } from "./router-guards.ts";
import { runStage } from "./stage.ts";
import { signedInMember, testContext, testState } from "./test-state.ts";

test("answers 401 without a session", async () => {
  expect(await runStage(routerGuards, testState(testContext(), "listPatients"))).toEqual(temetroReply("AUTHENTICATION_REQUIRED"));
});

test("answers 403 when the caller is no longer a member of the active clinic", async () => {
  const ctx = testContext();
  const { cookie, member } = await signedInMember(ctx);
  ctx.store.members.delete((q) => q.where({ id: member.id }));
  expect(await runStage(routerGuards, testState(ctx, "listPatients", { headers: { cookie } }))).toEqual(temetroReply("NOT_A_MEMBER_OF_ACTIVE_CLINIC"));
});

test("puts the session and the member row on the state, and sets no cookie even when the session refreshes", async () => {
  const ctx = testContext();
  const { cookie, member } = await signedInMember(ctx, "reception");
  ctx.clock.advance(24 * 60 * 60 * 1000);
  const state = testState(ctx, "listPatients", { headers: { cookie } });
  expect(await runStage(routerGuards, state)).toBeUndefined();
  expect(state.member?.id).toBe(member.id);
  expect(state.session?.user.id).toBe(member.userId);
  expect(state.cookies).toEqual([]);
});
