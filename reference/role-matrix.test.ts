import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { loadRoleMatrix } from "./role-matrix.ts";

test("builds temetro's seven roles from openapi/rules/role-matrix.yaml", () => {
  const { roles } = loadRoleMatrix();
  expect(Object.keys(roles).sort()).toEqual(["admin", "doctor", "lab", "member", "owner", "pharmacy", "reception"]);
  expect(roles.owner!.authorize({ organization: ["delete"] }).success).toBe(true);
  expect(roles.admin!.authorize({ organization: ["delete"] }).success).toBe(false);
  expect(roles.pharmacy!.authorize({ prescription: ["write"] }).success).toBe(true);
  expect(roles.pharmacy!.authorize({ prescription: ["delete"] }).success).toBe(false);
  expect(roles.reception!.authorize({ prescription: ["read"] }).success).toBe(false);
  expect(roles.lab!.authorize({ lab: ["write"] }).success).toBe(true);
});

test("fails with the path when the matrix file is missing", () => {
  expect(() => loadRoleMatrix("/nonexistent/role-matrix.yaml")).toThrow(/Failed to load the role matrix: cannot read \/nonexistent\/role-matrix.yaml/);
});

test("fails when a role grants an action its statements do not declare", () => {
  const path = join(mkdtempSync(join(tmpdir(), "role-matrix-")), "role-matrix.yaml");
  writeFileSync(path, "statements:\n  patient: [read]\nroles:\n  doctor:\n    patient: [read, fly]\n");
  expect(() => loadRoleMatrix(path)).toThrow(/role "doctor" grants patient:\[fly\]/);
});
