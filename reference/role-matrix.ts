// Better Auth access control built from the project's one role matrix (openapi/rules/role-matrix.yaml).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createAccessControl } from "better-auth/plugins/access";
import type { AccessControl, Role } from "better-auth/plugins/access";
import { parse } from "yaml";
import { z } from "zod";

export const ROLE_MATRIX_PATH = fileURLToPath(new URL("../openapi/rules/role-matrix.yaml", import.meta.url));

const actionsByResource = z.record(z.string(), z.array(z.string()));
const roleMatrixFile = z.object({
  statements: actionsByResource,
  roles: z.record(z.string(), actionsByResource),
});

export type RoleMatrix = { ac: AccessControl; roles: Record<string, Role> };

/** Read the role matrix and build Better Auth's `ac` and the seven roles from it. */
export function loadRoleMatrix(path: string = ROLE_MATRIX_PATH): RoleMatrix {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`Failed to load the role matrix: cannot read ${path} (${(error as Error).message}). The reference builds its roles from that file only; restore it from the repository.`);
  }
  const parsed = roleMatrixFile.safeParse(parse(text));
  if (!parsed.success) {
    throw new Error(`Failed to load the role matrix: ${path} is not {statements, roles}: ${z.prettifyError(parsed.error)}`);
  }
  const { statements, roles } = parsed.data;
  for (const [roleName, grants] of Object.entries(roles)) {
    for (const [resource, actions] of Object.entries(grants)) {
      const known = statements[resource];
      const unknown = known ? actions.filter((action) => !known.includes(action)) : actions;
      if (!known || unknown.length > 0) {
        throw new Error(`Failed to load the role matrix: role "${roleName}" grants ${resource}:[${unknown.join(",")}], which ${path} does not declare under statements.`);
      }
    }
  }
  const ac = createAccessControl(statements);
  const built = Object.fromEntries(Object.entries(roles).map(([name, grants]) => [name, ac.newRole(grants)]));
  return { ac, roles: built };
}
