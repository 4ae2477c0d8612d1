// Better Auth 1.7's bare 500s on PostgreSQL, reproduced as observed so a frontend meets them in
// development as in production; the suite reports each as an advisory, never as conforming.
import type { Operation } from "#openapi";
import type { Reply } from "./reply.ts";

/** Better Auth's answer to an error that is not an APIError: 500, no body, no content type. */
export const BARE_500: Reply = { status: 500 };

/** D48: the username plugin's before hooks read `ctx.body.<field>` on these routes, before any validation. */
const BODY_HOOK_OPERATIONS = new Set(["signUpEmail", "updateUser"]);

/** D48: a bare 500 when a route with the username plugin's hooks reads no body object (none, or JSON null). */
export function noBodyObjectFault(operation: Operation, raw: unknown): Reply | null {
  return BODY_HOOK_OPERATIONS.has(operation.operationId) && (raw === undefined || raw === null) ? BARE_500 : null;
}

/** PostgreSQL's LIMIT and OFFSET are bigints: 2^63 and past it are out of range. */
const BIGINT_END = 2 ** 63;

/** D46: whether PostgreSQL refuses a (non-zero) number Better Auth passes on as LIMIT or OFFSET: negative, fractional or past bigint. */
export function refusedAsLimit(value: number): boolean {
  return !Number.isNaN(value) && value !== 0 && (!Number.isInteger(value) || value < 0 || value >= BIGINT_END);
}

/** Body fields whose text never reaches the database: passwords are hashed first, URLs are only echoed. */
const NOT_STORED = new Set(["password", "currentPassword", "newPassword", "callbackURL", "redirectTo", "errorCallbackURL"]);

/** D49: whether a Better Auth body carries U+0000 in text the route stores or looks up (PostgreSQL refuses it: a bare 500). */
export function reachesDatabaseWithNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(reachesDatabaseWithNul);
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(([key, field]) => !NOT_STORED.has(key) && reachesDatabaseWithNul(field));
}

/**
 * D47: the text PostgreSQL stores for a JSON value Better Auth writes to a text column unchecked, as
 * node-postgres sends it: a string as is, an array as an array literal (`["a"]` → `{"a"}`), an
 * object as its JSON, anything else as its String(); null stays null.
 */
export function storedAsText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function arrayLiteral(items: readonly unknown[]): string {
  const elements = items.map((item) => {
    if (item === null || item === undefined) return "NULL";
    if (Array.isArray(item)) return arrayLiteral(item);
    const text = typeof item === "object" ? JSON.stringify(item) : String(item);
    return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  });
  return `{${elements.join(",")}}`;
}
