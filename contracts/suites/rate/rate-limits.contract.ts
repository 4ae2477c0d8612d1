// RATE: every rule of x-rate-limits, generated from the data: the (max+1)th attempt within the
// window is refused, the bucket belongs to one client IP and path, and the window refills it.
import { describe, expect } from "vitest";
import { rateLimits } from "#openapi";
import { check, skipCheck } from "#contracts/harness";
import type { Requirement } from "#contracts/harness";
import { anotherOperation, attempt, expectBlocked, governedOperations, useUpBucket } from "./rate-limit-requests.ts";

const exhausting: Requirement[] = ["not-safe-mode", "own-client-ip"];

for (const rule of rateLimits.rules) {
  const id = `RATE-${rule.id.toUpperCase()}`;
  describe(`rule ${rule.id}: ${rule.max} per ${rule.window} s (${rule.source})`, () => {
    const [op] = governedOperations(rule);
    if (op === undefined) {
      skipCheck(`${id}-LIMIT`, "refuses the attempt after the limit", "no operation of the contract is governed by this rule");
      return;
    }
    const where = `${op.method.toUpperCase()} ${op.path}`;

    check(`${id}-LIMIT`, `refuses attempt ${rule.max + 1} to ${where} within ${rule.window} s with 429 and X-Retry-After`, async ({ actor }) => {
      const client = actor("client");
      await useUpBucket(client, op, rule);
      expectBlocked(await attempt(client, op), rule);
    }, { requires: exhausting });

    check(`${id}-PER-IP`, `keeps one bucket per client IP and path: another IP, or another path, still gets through`, async ({ actor }) => {
      const client = actor("client");
      await useUpBucket(client, op, rule);
      expectBlocked(await attempt(client, op), rule);
      expect((await attempt(actor("other client"), op)).status, `${where} from another IP`).not.toBe(429);
      const other = anotherOperation(op);
      expect((await attempt(client, other)).status, `${other.path} from the same IP`).not.toBe(429);
    }, { requires: exhausting });

    check(`${id}-REFILL`, `lets attempts through again once ${rule.window} s have passed`, async ({ actor, target }) => {
      const client = actor("client");
      await useUpBucket(client, op, rule);
      expectBlocked(await attempt(client, op), rule);
      await target.advanceClock(rule.window * 1000);
      expect((await attempt(client, op)).status, `${where} after ${rule.window} s`).not.toBe(429);
    }, { requires: [...exhausting, "clock"] });
  });
}
