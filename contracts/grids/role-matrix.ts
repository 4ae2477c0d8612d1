// The temetro-route role matrix as checks, generated from the rules data: every operation × every
// role, allowed (the probe's success status) where the role holds x-rules.permission (or the
// operation needs none), else 403 "You don't have permission to do that.". One check per operation:
// the seven roles of one "clinic with one member per role" (the run's shared workbench; a probe that
// changes the doctor adds a doctor of its own to it); each role is a cell of the report's grid.
import { describe, expect } from "vitest";
import { hasPermission, ROLES, temetroError, type Operation } from "#openapi";
import { check, type CheckContext } from "#contracts/harness";
import type { SignedInUser } from "#contracts/states/index";
import { memberOfItsOwn } from "#contracts/states/member-of-its-own";
import { sharedState } from "#contracts/states/shared-state";
import type { Exchange } from "#targets/target";

const denied = temetroError("PERMISSION_DENIED");

/** An operationId as a rule-id segment: `updateMemberRole` → `UPDATE-MEMBER-ROLE`. */
export const ruleIdPart = (operationId: string): string => operationId.replace(/[A-Z]/g, (letter) => `-${letter}`).toUpperCase();

/** The roles the matrix lets call an operation: those holding its permission, or every role when it needs none. */
export const rolesAllowed = (op: Operation): string[] =>
  ROLES.filter((role) => op.rules.permission === undefined || hasPermission(role, op.rules.permission));

/** What a probe may use: the clinic's owner and doctor, and the check's states. */
export type ProbeContext = { owner: SignedInUser; doctor: SignedInUser; given: CheckContext["given"] };

/** A request that succeeds for a permitted caller, on a record prepared for that caller alone. */
export type RoleProbe = {
  /** The success status a permitted caller gets. */
  passes: number;
  send(caller: SignedInUser, context: ProbeContext): Promise<Exchange>;
  /**
   * The probe changes the doctor (a password, a specialty): the check adds a doctor of its own to
   * the workbench, who is the probe's doctor (the workbench's doctor still calls as the doctor role).
   */
  ownDoctor?: true;
};

// Probes prepare records of their own; the workbench's members and their sessions stay as built.
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");


/** Defines `<AREA>-ROLES-<OPERATION>` for each operation; `probesFile` names where a missing probe belongs. */
export function describeRoleMatrix(ops: Operation[], area: string, probes: Record<string, RoleProbe>, probesFile: string): void {
  for (const op of ops) {
    const probe = probes[op.operationId];
    if (probe === undefined) throw new Error(`Failed to generate the role checks of ${op.operationId}: add a probe to ${probesFile}.`);
    const allowed = rolesAllowed(op);
    const refused = ROLES.filter((role) => !allowed.includes(role));
    const rule = op.rules.permission ?? "no permission";
    describe(`${op.method.toUpperCase()} ${op.path}`, () => {
      const title = refused.length === 0 ? `${rule}: ${probe.passes} for every role` : `${rule}: ${probe.passes} for ${allowed.join(", ")}; 403 for ${refused.join(", ")}`;
      const cells = ROLES.map((role) => ({ column: role, expected: allowed.includes(role) ? { status: probe.passes } : { status: denied.status, detail: denied.body.error } }));
      check(`${area}-ROLES-${ruleIdPart(op.operationId)}`, title, async ({ given, cell }) => {
        const { clinic, owner, members } = await given(workbench);
        const doctor = probe.ownDoctor === true ? await given(memberOfItsOwn(clinic, owner, "doctor")) : members.doctor;
        if (doctor === undefined) throw new Error("Failed to find the doctor of the state's clinic.");
        for (const role of ROLES) {
          const caller = members[role];
          if (caller === undefined) throw new Error(`Failed to find the ${role} of the state's clinic.`);
          await cell(role, () => probe.send(caller, { owner, doctor, given }), (exchange) => {
            if (allowed.includes(role)) {
              expect.soft(exchange.status, `${op.operationId} as the ${role} (${rule})`).toBe(probe.passes);
            } else {
              expect.soft(exchange.status, `${op.operationId} as the ${role} (lacks ${rule})`).toBe(denied.status);
              expect.soft(exchange.body, `${op.operationId} as the ${role}`).toEqual(denied.body);
            }
          });
        }
      }, { grid: { grid: "roles", operationId: op.operationId, cells } });
    });
  }
}
