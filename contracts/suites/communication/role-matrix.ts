// Generates the role matrix of one tag's operations from the rules data: every operation × every
// role of the matrix, allowed (the probe's success status) where the role holds x-rules.permission
// (or the operation needs none), else 403 "You don't have permission to do that.". One check per
// operation: the seven roles share one "clinic with one member per role".
import { describe, expect } from "vitest";
import { hasPermission, operations, ROLES, temetroError } from "#openapi";
import type { Operation } from "#openapi";
import { check } from "#contracts/harness.ts";
import { clinicWithEveryRole } from "#contracts/states/index.ts";
import { roleProbes } from "./role-probes.ts";

const denied = temetroError("PERMISSION_DENIED");
export const kebab = (text: string) => text.replace(/[A-Z]/g, (letter) => `-${letter}`).toUpperCase();

/** The roles the matrix lets call an operation: those holding its permission, or every role when it needs none. */
export const rolesAllowed = (op: Operation): string[] => ROLES.filter((role) => op.rules.permission === undefined || hasPermission(role, op.rules.permission));

/** The operations of a tag that a clinic member calls (x-rules.activeClinic: required). */
export const clinicOperations = (tag: string): Operation[] => operations.filter((op) => op.tags.includes(tag) && op.rules.activeClinic === "required");

/** Defines `<AREA>-ROLES-<OPERATION>` for every clinic operation of the tag. */
export function describeRoleMatrix(tag: string, area: string): void {
  for (const op of clinicOperations(tag)) {
    const probe = roleProbes[op.operationId];
    if (probe === undefined) throw new Error(`Failed to generate the role checks of ${op.operationId}: add a probe to contracts/suites/communication/role-probes.ts.`);
    const allowed = rolesAllowed(op);
    const refused = ROLES.filter((role) => !allowed.includes(role));
    const rule = op.rules.permission ?? "no permission";
    describe(`${op.method.toUpperCase()} ${op.path}`, () => {
      const title = refused.length === 0 ? `${rule}: ${probe.passes} for every role` : `${rule}: ${probe.passes} for ${allowed.join(", ")}; 403 for ${refused.join(", ")}`;
      check(`${area}-ROLES-${kebab(op.operationId)}`, title, async ({ given }) => {
        const { members } = await given(clinicWithEveryRole);
        const owner = members.owner;
        const doctor = members.doctor;
        if (owner === undefined || doctor === undefined) throw new Error("Failed to find the owner and the doctor of the state's clinic.");
        for (const role of ROLES) {
          const caller = members[role];
          if (caller === undefined) throw new Error(`Failed to find the ${role} of the state's clinic.`);
          const exchange = await probe.send(caller, { owner, doctor, given });
          if (allowed.includes(role)) {
            expect.soft(exchange.status, `${op.operationId} as the ${role} (${rule})`).toBe(probe.passes);
          } else {
            expect.soft(exchange.status, `${op.operationId} as the ${role} (lacks ${rule})`).toBe(denied.status);
            expect.soft(exchange.body, `${op.operationId} as the ${role}`).toEqual(denied.body);
          }
        }
      });
    });
  }
}
