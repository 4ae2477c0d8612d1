import { afterAll, beforeAll, expect, test } from "vitest";
import { createTarget } from "#targets/create-target";
import type { Actor, Target } from "#targets/target";
import { startStateBroker } from "./state-broker.ts";
import type { StateBroker } from "./state-broker.ts";
import { brokerAnswerSchema } from "./state-broker-protocol.ts";
import type { SharedBuild } from "./state-broker-protocol.ts";
import { restoreSnapshot } from "./state-snapshot.ts";

const USER = "a signed-in user with no clinic, read only";
let target: Target;
let broker: StateBroker;

// The broker builds on any target; the in-process mock keeps this test off the network.
beforeAll(async () => {
  target = await createTarget({ kind: "in-process", safe: false, profile: "temetro" });
  broker = await startStateBroker(target);
});
afterAll(async () => {
  await broker.close();
  await target.close();
});

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(new URL(path, broker.url), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return response.json();
}

async function build(key: string): Promise<SharedBuild> {
  const answer = brokerAnswerSchema.parse(await post("/build", { key }));
  if ("error" in answer) throw new Error(answer.error);
  return answer;
}

/** The session a restored snapshot's user holds, as the target answers get-session. */
async function sessionOf(snapshot: SharedBuild["snapshot"]): Promise<unknown> {
  const restored = restoreSnapshot(snapshot, target) as { actor?: Actor };
  const actor = restored.actor;
  if (actor === undefined) throw new Error("the snapshot holds no actor");
  return (await actor.request("/api/auth/get-session?disableCookieCache=true")).body;
}

test("builds a state once for every request, and again after a check that failed on it drops that build", async () => {
  const [first, second] = await Promise.all([build(USER), build(USER)]);
  expect([first.built, second.built].sort()).toEqual([false, true]);
  expect(second.generation).toBe(first.generation);
  expect(second.snapshot).toEqual(first.snapshot);
  expect(await sessionOf(first.snapshot)).toMatchObject({ user: { email: expect.stringMatching(/^t-.*@example\.test$/) } });

  await post("/invalidate", { key: USER, generation: first.generation });
  const rebuilt = await build(USER);
  expect(rebuilt).toMatchObject({ built: true, generation: first.generation + 1 });
  expect(rebuilt.snapshot.actors).not.toEqual(first.snapshot.actors);
});

test("answers a name the catalogue does not have with an error that says where states are declared", async () => {
  expect(await post("/build", { key: "a clinic nobody declared" })).toEqual({
    error: 'Failed to build the shared state "a clinic nobody declared": the catalogue (contracts/states/shared-catalogue.ts) has no state of that name.',
  });
});

test("undoes every build when it closes", async () => {
  const { snapshot } = await build(USER);
  expect(await sessionOf(snapshot)).not.toBeNull();
  expect(await broker.close()).toEqual([]);
  expect(await sessionOf(snapshot)).toBeNull();
  broker = await startStateBroker(target);
});
