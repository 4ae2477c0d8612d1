import { expect, test } from "vitest";
import { temetroDocument } from "#openapi";
import { createTargetCore } from "#targets/target-core";
import type { Actor } from "#targets/target";
import type { OutgoingRequest } from "#targets/transport/cookie-actor";
import { stateSnapshotSchema } from "./state-broker-protocol.ts";
import { restoreSnapshot, snapshotOf, withCopiedActors } from "./state-snapshot.ts";

/** A target whose server answers each request with the next Set-Cookie list, and records what it was sent. */
function fakeTarget(setCookies: string[][] = []) {
  const sent: OutgoingRequest[] = [];
  const target = createTargetCore({
    name: "fake", kind: "url", baseUrl: "http://127.0.0.1:4000", frontendOrigin: "http://localhost:3000",
    capabilities: { clock: false, mailbox: false, forwardedForTrusted: true, safe: false }, document: temetroDocument,
    send: async (request) => {
      sent.push(request);
      return { status: 200, headers: new Headers(), setCookies: setCookies.shift() ?? [], text: "" };
    },
  });
  return { target, sent };
}

/** The snapshot as it arrives in another process: JSON text, parsed by the broker's schema. */
async function acrossProcesses(value: unknown) {
  return stateSnapshotSchema.parse(JSON.parse(JSON.stringify(await snapshotOf(value))));
}

test("restores each actor as a new one holding its cookies, with a client IP of its own", async () => {
  const { target, sent } = fakeTarget([["better-auth.session_token=abc; Path=/; HttpOnly", "better-auth.session_data=xyz; Path=/; Max-Age=300"]]);
  const owner = target.actor("owner");
  await owner.request("/api/auth/sign-up/email", { json: {} });
  const snapshot = await acrossProcesses({ clinic: { id: "c1" }, owner: { actor: owner, userId: "u1" } });
  expect(snapshot.actors.map(({ label }) => label)).toEqual(["owner"]);

  const restored = restoreSnapshot(snapshot, target);
  expect(restored).toMatchObject({ clinic: { id: "c1" }, owner: { userId: "u1", actor: { label: "owner" } } });
  const actor = (restored as { owner: { actor: Actor } }).owner.actor;
  expect(actor.clientIp).not.toBe(owner.clientIp);
  await actor.request("/api/tasks");
  expect(sent.at(-1)?.headers).toMatchObject({ cookie: "better-auth.session_token=abc; better-auth.session_data=xyz", "x-forwarded-for": actor.clientIp });
});

test("hands each check copies: one copy for an actor named twice, each with a jar and a client IP of its own", async () => {
  const { target } = fakeTarget([["a=1; Path=/"], ["b=2; Path=/"]]);
  const owner = target.actor("owner");
  await owner.request("/x", { json: {} });
  const template = restoreSnapshot(await acrossProcesses({ owner: { actor: owner }, members: { owner: { actor: owner } } }), target);
  type Shape = { owner: { actor: Actor }; members: { owner: { actor: Actor } } };
  const [first, second] = (await Promise.all([withCopiedActors(template), withCopiedActors(template)])) as [Shape, Shape];
  expect(first.owner.actor).toBe(first.members.owner.actor);
  expect(first.owner.actor).not.toBe(second.owner.actor);
  expect(new Set([first.owner.actor.clientIp, second.owner.actor.clientIp]).size).toBe(2);

  await first.owner.actor.request("/y", { json: {} });
  expect([await first.owner.actor.cookieHeader(), await second.owner.actor.cookieHeader()]).toEqual(["a=1; b=2", "a=1"]);
  expect(await (template as Shape).owner.actor.cookieHeader()).toBe("a=1");
});

test("refuses a value that is not data and actors", async () => {
  await expect(snapshotOf({ cleanup: { run: () => {} } })).rejects.toThrow(/the value\.cleanup\.run is a function/);
  await expect(snapshotOf({ at: new Date(0) })).rejects.toThrow(/the value\.at is not a plain object/);
});
