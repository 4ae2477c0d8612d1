// ORG: every organization operation that carries x-rules.permission, for every role of the matrix,
// generated from the rules data: a role that holds the permission gets past Better Auth's check
// (the probe's answer), any other gets the operation's x-rules.denied. One check per operation: the
// seven roles of one "clinic with one member per role", the run's shared workbench. The refused roles
// go first (a refusal changes nothing), then the permitted ones, whose probes are chosen to leave the
// clinic usable — except the owner's delete, which gets a clinic of its own and runs last of all.
import { ruleIdPart } from "#contracts/grids/role-matrix";
import { describe, expect } from "vitest";
import { betterAuthError, hasPermission, operations, ROLES } from "#openapi";
import { check } from "#contracts/harness";
import { clinicWithEveryRole } from "#contracts/states/index";
import { sharedState } from "#contracts/states/shared-state";
import { roleProbes } from "./role-probes.ts";

const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");
const guarded = operations.filter((op) => op.path.startsWith("/api/auth/organization/") && op.rules.permission !== undefined);

for (const op of guarded) {
  const { permission, denied } = op.rules;
  const probe = roleProbes[op.operationId];
  if (probe === undefined || permission === undefined || denied === undefined) {
    throw new Error(`Failed to generate the role checks of ${op.operationId}: add a probe to contracts/suites/organization/role-probes.ts (and x-rules.denied to the spec).`);
  }
  const allowed = ROLES.filter((role) => hasPermission(role, permission));
  const refused = ROLES.filter((role) => !allowed.includes(role));
  const refusal = { status: denied.status, body: betterAuthError(denied.code) };
  describe(`${op.method.toUpperCase()} ${op.path}`, () => {
    const title = `holds ${permission}: ${probe.passTitle} for ${allowed.join(", ") || "no role"}; ${denied.status} ${denied.code} for ${refused.join(", ") || "no role"}`;
    const passDetail = probe.passes.code ?? probe.passes.message;
    const cells = ROLES.map((role) => ({
      column: role,
      expected: allowed.includes(role) ? { status: probe.passes.status, ...(passDetail === undefined ? {} : { detail: passDetail }) } : { status: denied.status, detail: denied.code },
    }));
    check(`ORG-ROLES-${ruleIdPart(op.operationId)}`, title, async ({ given, cell }) => {
      const state = await given(probe.ownClinic === true ? clinicWithEveryRole : workbench);
      for (const role of [...refused, ...allowed]) {
        const caller = state.members[role];
        if (caller === undefined) throw new Error(`Failed to find the ${role} of the state's clinic.`);
        await cell(role, () => probe.send(caller.actor, state, given), (exchange) => {
          if (!allowed.includes(role)) {
            expect.soft({ status: exchange.status, body: exchange.body }, `${op.operationId} as the ${role} (lacks ${permission})`).toEqual(refusal);
            return;
          }
          expect.soft(exchange.status, `${op.operationId} as the ${role} (holds ${permission})`).toBe(probe.passes.status);
          if (probe.passes.code !== undefined) expect.soft(exchange.body, `${op.operationId} as the ${role}`).toMatchObject({ code: probe.passes.code });
          if (probe.passes.message !== undefined) expect.soft(exchange.body, `${op.operationId} as the ${role}`).toMatchObject({ message: probe.passes.message });
        });
      }
    }, { grid: { grid: "roles", operationId: op.operationId, cells } });
  });
}
