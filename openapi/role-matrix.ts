// The role matrix (x-role-matrix, written once in openapi/rules/role-matrix.yaml) and how a
// member's role string is evaluated against it, as temetro's requirePermission does.
import { spec } from "./spec.ts";

export const roleMatrix = spec["x-role-matrix"];

/** The seven role names, in the order the matrix lists them. */
export const ROLES: readonly string[] = Object.keys(roleMatrix.roles);

/** Splits a member's role string ("doctor, lab") into role names, as temetro and Better Auth do. */
export function parseRoles(roleString: string): string[] {
  return roleString.split(",").map((name) => name.trim()).filter((name) => name.length > 0);
}

/**
 * Whether a role string holds a `resource:action` permission: any named role that grants it is
 * enough; unknown names (a legacy `viewer`) grant nothing.
 */
export function hasPermission(roleString: string, permission: string): boolean {
  const [resource, action] = permission.split(":");
  if (resource === undefined || action === undefined) return false;
  return parseRoles(roleString).some((name) => roleMatrix.roles[name]?.[resource]?.includes(action) ?? false);
}

/** The roles that hold a permission. */
export function rolesWith(permission: string): string[] {
  return ROLES.filter((role) => hasPermission(role, permission));
}
