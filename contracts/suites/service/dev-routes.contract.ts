// SERVICE: the development routes of the mock and test deployments, where the target serves them.
import { describe, expect } from "vitest";
import { bodyOf } from "#contracts/expect-contract";
import { check } from "#contracts/harness";

describe("GET /__dev/outbox", () => {
  check("SERVICE-DEV-OUTBOX-LIST", "lists the emails sent to an address as OutboxMessage records", async ({ actor }) => {
    const body = bodyOf(await actor("tester").request("/__dev/outbox?to=t-nobody%40example.test"), "listOutbox", 200);
    expect(body).toEqual([]);
  }, { requires: ["mailbox"] });
});

describe("POST /__dev/clock", () => {
  check("SERVICE-DEV-CLOCK-ADVANCE", "moves the clock forward by advanceMs", async ({ actor }) => {
    const tester = actor("tester");
    const before = Date.parse(bodyOf(await tester.request("/__dev/clock"), "getClock", 200).now);
    const after = Date.parse(bodyOf(await tester.request("/__dev/clock", { json: { advanceMs: 60_000 } }), "advanceClock", 200).now);
    expect(after - before).toBeGreaterThanOrEqual(60_000);
  }, { requires: ["clock"] });
});
