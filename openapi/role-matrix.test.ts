// The role-matrix data equals temetro's documented table. The expectations below are written from
// the documentation (Roles & permissions page, v0.17.0, temetro-api.md §3.0), not read from the data
// file; the organization statements come from Better Auth's own published default roles.
import { adminAc, memberAc, ownerAc } from "better-auth/plugins/organization/access";
import { describe, expect, test } from "vitest";
import { ROLES, hasPermission, roleMatrix, rolesWith } from "./role-matrix.ts";

const RWD = ["read", "write", "delete"];
const RW = ["read", "write"];
const R = ["read"];
const NONE: string[] = [];

// Role → column → actions, as the documentation's table publishes it. "demographics only" is
// read and write of the patient record with clinical fields withheld (enforced by the server).
const documented: Record<string, Record<string, string[]>> = {
  owner: { patient: RWD, appointment: RWD, invoice: RWD, prescription: RWD, lab: RW, task: RWD },
  admin: { patient: RWD, appointment: RWD, invoice: RWD, prescription: RWD, lab: RW, task: RWD },
  doctor: { patient: RW, appointment: RWD, invoice: RWD, prescription: RWD, lab: RW, task: RWD },
  member: { patient: RW, appointment: RWD, invoice: RWD, prescription: RWD, lab: RW, task: RWD },
  reception: { patient: RW, appointment: RWD, invoice: RWD, prescription: NONE, lab: NONE, task: RW },
  pharmacy: { patient: R, appointment: R, invoice: NONE, prescription: RW, lab: NONE, task: RW },
  lab: { patient: R, appointment: R, invoice: NONE, prescription: NONE, lab: RW, task: RW },
};

// The docs have no inventory column; the 12 June changelog states it (decision D15).
const inventoryFromChangelog: Record<string, string[]> = {
  owner: RWD, admin: RWD, doctor: RWD, member: RWD, pharmacy: RW, reception: NONE, lab: NONE,
};

// "Team & settings": owner full control, admin members/invites/settings, everyone else nothing.
const teamColumn: Record<string, "owner" | "admin" | "member"> = {
  owner: "owner", admin: "admin", doctor: "member", member: "member", reception: "member", pharmacy: "member", lab: "member",
};
const betterAuthDefaults = { owner: ownerAc.statements, admin: adminAc.statements, member: memberAc.statements };

const granted = (role: string, resource: string) => [...(roleMatrix.roles[role]?.[resource] ?? [])].sort();

describe("role matrix", () => {
  test("has exactly the seven documented roles", () => {
    expect([...ROLES].sort()).toEqual(Object.keys(documented).sort());
  });

  test.each(Object.entries(documented))("%s holds the documented clinical permissions", (role, columns) => {
    for (const [resource, actions] of Object.entries(columns)) expect(granted(role, resource), `${role} ${resource}`).toEqual([...actions].sort());
  });

  test.each(Object.entries(inventoryFromChangelog))("%s holds the changelog's inventory permissions", (role, actions) => {
    expect(granted(role, "inventory")).toEqual([...actions].sort());
  });

  test.each(Object.entries(teamColumn))("%s holds Better Auth's %s organization statements", (role, base) => {
    for (const resource of ["organization", "member", "invitation", "team", "ac"]) {
      const expected = [...((betterAuthDefaults[base] as Record<string, readonly string[]>)[resource] ?? [])].sort();
      expect(granted(role, resource), `${role} ${resource}`).toEqual(expected);
    }
  });

  test("grants nothing outside the declared statements", () => {
    for (const [role, resources] of Object.entries(roleMatrix.roles)) {
      for (const [resource, actions] of Object.entries(resources)) {
        for (const action of actions) expect(roleMatrix.statements[resource], `${role} ${resource}:${action}`).toContain(action);
      }
    }
  });

  test("pharmacy never holds prescription:delete, which marks a full clinician", () => {
    expect(rolesWith("prescription:delete")).toEqual(["owner", "admin", "doctor", "member"]);
  });

  test("a comma-separated role string holds the union, and unknown names grant nothing", () => {
    expect(hasPermission("reception, lab", "lab:write")).toBe(true);
    expect(hasPermission("reception", "lab:write")).toBe(false);
    expect(hasPermission("viewer", "patient:read")).toBe(false);
  });
});
