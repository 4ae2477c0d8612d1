import { afterAll, expect, test } from "vitest";
import { createCleanup } from "../cleanup.ts";
import { temetroDocument } from "#openapi";
import { createTargetCore } from "#targets/target-core";
import type { Actor } from "#targets/target";
import { sharedInFile } from "./shared-in-file.ts";
import { defineState } from "./state.ts";

const target = createTargetCore({
  name: "fake", kind: "url", baseUrl: "http://127.0.0.1:4000", frontendOrigin: "http://localhost:3000",
  capabilities: { clock: false, mailbox: false, forwardedForTrusted: true, safe: false }, document: temetroDocument,
  send: async () => ({ status: 200, headers: new Headers(), setCookies: [], text: "" }),
});
const undone: string[] = [];
let builds = 0;
// Registered before the state's own afterAll, so it runs after it (after-hooks run in reverse order).
afterAll(() => expect(undone.sort()).toEqual(["team 1", "team 2"]));
const team = sharedInFile(defineState("a team", async (world) => {
  const build = ++builds;
  world.cleanup.add(`team ${build}`, async () => void undone.push(`team ${build}`));
  return { build, owner: { actor: target.actor("owner") } };
}));
const uses: string[] = [];
const given = () => team.build({ target, cleanup: createCleanup(), sharedUse: (use) => void uses.push(use) });
let first: Actor | undefined;

test("builds on the first check that asks, named for what it is", async () => {
  expect(team.name).toBe("a team (for the checks of one file)");
  const state = await given();
  expect([state.build, uses]).toEqual([1, ["built"]]);
  first = state.owner.actor;
});

test("hands a later check the same build, each actor a copy with a client IP of its own", async () => {
  const state = await given();
  expect([state.build, uses]).toEqual([1, ["built", "reused"]]);
  expect(state.owner.actor).not.toBe(first);
  expect(state.owner.actor.label).toBe("owner");
  expect(state.owner.actor.clientIp).not.toBe(first?.clientIp);
});

test.fails("a check that fails on it drops that build", async () => {
  await given();
  throw new Error("the check failed");
});

test("builds anew after a check failed on it; both builds are undone after the file", async () => {
  expect((await given()).build).toBe(2);
  expect(uses.at(-1)).toBe("built");
});
