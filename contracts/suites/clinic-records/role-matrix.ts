// Generates the role matrix of one tag's operations from the rules data: every operation with
// x-rules.permission × every role of the matrix, allowed (the probe's success status) where the
// role holds the permission, else 403 "You don't have permission to do that.". One check per
// operation: the seven roles share one "clinic with one member per role", each on its own record.
import { describe, expect } from "vitest";
import { hasPermission, operations, ROLES, temetroError } from "#openapi";
import { check } from "#contracts/harness.ts";
import { clinicWithEveryRole } from "#contracts/states/index.ts";
import { roleProbes } from "./role-probes.ts";

const denied = temetroError("PERMISSION_DENIED");
const kebab = (text: string) => text.replace(/[A-Z]/g, (letter) => `-${letter}`).toUpperCase();

/** The operations of a tag that carry a permission (the matrix's rows for that resource). */
export const guardedOperations = (tag: string) => operations.filter((op) => op.tags.includes(tag) && op.rules.permission !== undefined);

/** Defines `<AREA>-ROLES-<OPERATION>` for every guarded operation of the tag. */
export function describeRoleMatrix(tag: string, area: string): void {
  for (const op of guardedOperations(tag)) {
    const permission = op.rules.permission ?? "";
    const probe = roleProbes[op.operationId];
    if (probe === undefined) throw new Error(`Failed to generate the role checks of ${op.operationId}: add a probe to contracts/suites/clinic-records/role-probes.ts.`);
    const allowed = ROLES.filter((role) => hasPermission(role, permission));
    const refused = ROLES.filter((role) => !allowed.includes(role));
    describe(`${op.method.toUpperCase()} ${op.path}`, () => {
      const title = `holds ${permission}: ${probe.passes} for ${allowed.join(", ") || "no role"}; 403 for ${refused.join(", ") || "no role"}`;
      check(`${area}-ROLES-${kebab(op.operationId)}`, title, async ({ given }) => {
        const { members } = await given(clinicWithEveryRole);
        const owner = members.owner;
        const doctor = members.doctor;
        if (owner === undefined || doctor === undefined) throw new Error("Failed to find the owner and the doctor of the state's clinic.");
        for (const role of ROLES) {
          const caller = members[role];
          if (caller === undefined) throw new Error(`Failed to find the ${role} of the state's clinic.`);
          const exchange = await probe.send(caller.actor, { owner: owner.actor, doctorId: doctor.userId });
          if (allowed.includes(role)) {
            expect.soft(exchange.status, `${op.operationId} as the ${role} (holds ${permission})`).toBe(probe.passes);
          } else {
            expect.soft(exchange.status, `${op.operationId} as the ${role} (lacks ${permission})`).toBe(denied.status);
            expect.soft(exchange.body, `${op.operationId} as the ${role}`).toEqual(denied.body);
          }
        }
      });
    });
  }
}
