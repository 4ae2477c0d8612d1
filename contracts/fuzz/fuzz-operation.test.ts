// The fuzzer's "a refused request changes nothing": a refused case's snapshot after is the next
// case's snapshot before (one read of the clinic per case, not two), and a refusal that does write
// is still caught.
import { expect, test } from "vitest";
import { operations } from "#openapi";
import { createInProcessTarget } from "#targets/in-process";
import type { Exchange } from "#targets/target";
import { createCleanup } from "../cleanup.ts";
import { createPatient, patientBody } from "../states/record-requests.ts";
import { fuzzOperation } from "./fuzz-operation.ts";
import { buildFuzzWorld } from "./fuzz-world.ts";
import type { FuzzWorld } from "./fuzz-world.ts";
import { createObserver } from "./state-snapshot.ts";
import type { Observer } from "./state-snapshot.ts";
import { watchedTarget } from "./testing/watched-target.ts";

const OBSERVER = "fuzz observer (owner)";

type Logged = { kind: "take" } | { kind: "send"; method: string; path: string; status: number };

/**
 * A fuzz run of createPatient on a fresh in-process mock, the cases' requests and the observer's
 * snapshots logged in order; `misbehave` sees each case's exchange once answered.
 */
async function fuzzCreatePatient(misbehave?: (exchange: Exchange, world: FuzzWorld) => Promise<void>) {
  const inner = await createInProcessTarget({ safe: false });
  const log: Logged[] = [];
  let world: FuzzWorld | undefined;
  const target = watchedTarget(inner, async (label, exchange) => {
    if (label === OBSERVER || world === undefined) return;
    log.push({ kind: "send", method: exchange.request.method, path: exchange.request.path.split("?")[0] ?? "", status: exchange.status });
    await misbehave?.(exchange, world);
  });
  const cleanup = createCleanup();
  const built = await buildFuzzWorld({ target, cleanup });
  const observer = await createObserver(target, built);
  const logged: Observer = {
    readsFor: (operation) => observer.readsFor(operation),
    async take(paths) {
      log.push({ kind: "take" });
      return observer.take(paths);
    },
  };
  world = built;
  const operation = operations.find((candidate) => candidate.operationId === "createPatient");
  if (operation === undefined) throw new Error("the spec has no createPatient");
  try {
    const result = await fuzzOperation({ target, world: built, cleanup, observer: logged }, operation, { cases: 24, seed: 7 });
    return { result, log };
  } finally {
    await inner.close();
  }
}

test("takes one snapshot of the clinic between two cases, whether the first was refused or accepted", async () => {
  const { result, log } = await fuzzCreatePatient();
  expect(result.kinds.every((kind) => kind.failure === undefined)).toBe(true);
  const sends = log.flatMap((entry, index) => (entry.kind === "send" ? [index] : []));
  const statuses = log.flatMap((entry) => (entry.kind === "send" ? [entry.status] : []));
  // Both kinds of case ran: some accepted, some refused (refused ones used to cost a second snapshot).
  expect(statuses.some((status) => status < 300)).toBe(true);
  expect(statuses.some((status) => status >= 400)).toBe(true);
  expect(log[0]).toEqual({ kind: "take" });
  for (let at = 1; at < sends.length; at++) {
    const between = log.slice((sends[at - 1] ?? 0) + 1, sends[at]);
    expect(between, `between case ${at} and case ${at + 1}`).toEqual([{ kind: "take" }]);
  }
});

test("still catches a refusal that writes: the snapshot carried over is the clinic as it was", async () => {
  let wrote = 0;
  const { result } = await fuzzCreatePatient(async (exchange, world) => {
    // A server that answers 400 to a create and stores a patient all the same (once).
    if (wrote > 0 || exchange.status !== 400 || exchange.request.method !== "POST" || exchange.request.path !== "/api/patients") return;
    wrote++;
    const owner = world.people.owner;
    if (owner === undefined) throw new Error("the fuzz world has no owner");
    await createPatient(owner.actor, patientBody({ name: "Written Despite Refusal" }));
  });
  expect(wrote).toBe(1);
  const problems = result.kinds.flatMap((kind) => kind.failure?.problems ?? []);
  expect(problems.some((problem) => /^refused with 400, yet GET \/api\/patients changed/.test(problem))).toBe(true);
});
