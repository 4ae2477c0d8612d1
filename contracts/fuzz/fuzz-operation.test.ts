// The fuzzer's "a refused request changes nothing": a refused case's snapshot after is the next
// case's snapshot before (one read of the clinic per case, not two), and a refusal that does write
// is still caught.
import { expect, test } from "vitest";
import { createMockApi } from "#mocks/create-mock-api";
import { operations, temetroDocument } from "#openapi";
import { createTargetCore } from "#targets/target-core";
import { inProcessCapabilities } from "#targets/target-config";
import type { OutgoingRequest, Send } from "#targets/transport/cookie-actor";
import { inProcessSend } from "#targets/transport/in-process-send";
import { createCleanup } from "../cleanup.ts";
import { patientBody } from "../states/record-requests.ts";
import { fuzzOperation } from "./fuzz-operation.ts";
import { buildFuzzWorld } from "./fuzz-world.ts";
import { createObserver } from "./state-snapshot.ts";
import type { Observer } from "./state-snapshot.ts";

type Logged = { kind: "take" } | { kind: "send"; method: string; path: string; status: number };

/** A fuzz run of createPatient on a fresh mock, every request and observer snapshot logged in order; `misbehave` sees each case's request and answer. */
async function fuzzCreatePatient(misbehave?: (request: OutgoingRequest, status: number, observerCookie: string, send: Send) => Promise<void>) {
  const api = await createMockApi({ baseUrl: "http://localhost:4000", frontendUrl: "http://localhost:3000", log: () => {} });
  const inner = inProcessSend(api);
  const log: Logged[] = [];
  let inTake = false;
  let observerCookie = "";
  const send: Send = async (request) => {
    const response = await inner(request);
    if (inTake) observerCookie = request.headers.cookie ?? observerCookie;
    else {
      log.push({ kind: "send", method: request.method, path: new URL(request.url).pathname, status: response.status });
      await misbehave?.(request, response.status, observerCookie, inner);
    }
    return response;
  };
  const target = createTargetCore({
    name: "logged in-process mock", kind: "in-process", baseUrl: "http://localhost:4000", frontendOrigin: "http://localhost:3000",
    capabilities: inProcessCapabilities(false), document: temetroDocument, send,
  });
  const cleanup = createCleanup();
  const world = await buildFuzzWorld({ target, cleanup });
  const observer = await createObserver(target, world);
  const logged: Observer = {
    readsFor: (operation) => observer.readsFor(operation),
    async take(paths) {
      inTake = true;
      try {
        log.push({ kind: "take" });
        return await observer.take(paths);
      } finally {
        inTake = false;
      }
    },
  };
  log.length = 0;
  const operation = operations.find((candidate) => candidate.operationId === "createPatient");
  if (operation === undefined) throw new Error("the spec has no createPatient");
  const result = await fuzzOperation({ target, world, cleanup, observer: logged }, operation, { cases: 24, seed: 7 });
  return { result, log };
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
  const { result } = await fuzzCreatePatient(async (request, status, observerCookie, send) => {
    // A server that answers 400 to a create and stores a patient all the same (once).
    if (wrote > 0 || status !== 400 || request.method !== "POST" || !request.url.endsWith("/api/patients")) return;
    wrote++;
    await send({
      url: request.url,
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie: observerCookie, "x-forwarded-for": "198.18.0.99" },
      body: JSON.stringify(patientBody({ name: "Written Despite Refusal" })),
    });
  });
  expect(wrote).toBe(1);
  const problems = result.kinds.flatMap((kind) => kind.failure?.problems ?? []);
  expect(problems.some((problem) => /^refused with 400, yet GET \/api\/patients changed/.test(problem))).toBe(true);
});
