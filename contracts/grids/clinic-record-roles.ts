// The role matrix of the patient, appointment and prescription operations (grids/role-matrix.ts generates it).
import { operations } from "#openapi";
import { describeRoleMatrix as describeMatrix, type RoleProbe } from "./role-matrix.ts";
import { roleProbes } from "./clinic-record-probes.ts";

/** The operations of a tag that carry a permission (the matrix's rows for that resource). */
export const guardedOperations = (tag: string) => operations.filter((op) => op.tags.includes(tag) && op.rules.permission !== undefined);

// These probes act through actors; the generator hands them members.
const probes: Record<string, RoleProbe> = Object.fromEntries(
  Object.entries(roleProbes).map(([id, probe]) => [
    id,
    { passes: probe.passes, send: (caller, { owner, doctor }) => probe.send(caller.actor, { owner: owner.actor, doctorId: doctor.userId }) } satisfies RoleProbe,
  ]),
);

/** Defines `<AREA>-ROLES-<OPERATION>` for every guarded operation of the tag. */
export function describeRoleMatrix(tag: string, area: string): void {
  describeMatrix(guardedOperations(tag), area, probes, "contracts/grids/clinic-record-probes.ts");
}
