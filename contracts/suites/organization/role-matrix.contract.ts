// ORG: every organization operation that carries x-rules.permission, for every role of the matrix,
// generated from the rules data: a role that holds the permission gets past Better Auth's check
// (the probe's answer), any other gets the operation's x-rules.denied. Each cell runs on its own
// "clinic with one member per role", so a probe that passes may change it.
import { describe, expect } from "vitest";
import { hasPermission, operations, ROLES } from "#openapi";
import { expectBetterAuthError } from "#contracts/expect-contract.ts";
import { check } from "#contracts/harness.ts";
import { clinicWithEveryRole } from "#contracts/states/index.ts";
import { roleProbes } from "./role-probes.ts";

const guarded = operations.filter((op) => op.path.startsWith("/api/auth/organization/") && op.rules.permission !== undefined);
const kebab = (text: string) => text.replace(/[A-Z]/g, (letter) => `-${letter}`).toUpperCase();

for (const op of guarded) {
  const { permission, denied } = op.rules;
  const probe = roleProbes[op.operationId];
  describe(`${op.method.toUpperCase()} ${op.path}`, () => {
    if (probe === undefined || permission === undefined || denied === undefined) {
      throw new Error(`Failed to generate the role checks of ${op.operationId}: add a probe to contracts/suites/organization/role-probes.ts (and x-rules.denied to the spec).`);
    }
    for (const role of ROLES) {
      const allowed = hasPermission(role, permission);
      const outcome = allowed ? `passes the ${permission} check: ${probe.passTitle}` : `is refused with ${denied.status} ${denied.code}`;
      check(`ORG-ROLES-${kebab(op.operationId)}-${role.toUpperCase()}`, `the ${role} ${outcome}`, async ({ given }) => {
        const state = await given(clinicWithEveryRole);
        const caller = state.members[role];
        if (caller === undefined) throw new Error(`Failed to find the ${role} of the state's clinic.`);
        const exchange = await probe.send(caller.actor, state, given);
        if (!allowed) return expectBetterAuthError(exchange, denied.status, denied.code);
        expect(exchange.status, `status of ${op.operationId} for the ${role}`).toBe(probe.passes.status);
        if (probe.passes.code !== undefined) expect(exchange.body).toMatchObject({ code: probe.passes.code });
        if (probe.passes.message !== undefined) expect(exchange.body).toMatchObject({ message: probe.passes.message });
      });
    }
  });
}
