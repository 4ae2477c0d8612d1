// The role matrix of the task, staff and conversation operations (grids/role-matrix.ts generates it).
import { operations, type Operation } from "#openapi";
import { describeRoleMatrix as describeMatrix } from "./role-matrix.ts";
import { roleProbes } from "./communication-probes.ts";

/** The operations of a tag that a clinic member calls (x-rules.activeClinic: required). */
export const clinicOperations = (tag: string): Operation[] => operations.filter((op) => op.tags.includes(tag) && op.rules.activeClinic === "required");

/** Defines `<AREA>-ROLES-<OPERATION>` for every clinic operation of the tag. */
export function describeRoleMatrix(tag: string, area: string): void {
  describeMatrix(clinicOperations(tag), area, roleProbes, "contracts/grids/communication-probes.ts");
}
