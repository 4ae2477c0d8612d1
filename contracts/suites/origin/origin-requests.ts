// What the ORIGIN checks need: the operations Better Auth's CSRF check guards (x-rules.originCheck),
// a stable rule-id slug per operation, a foreign origin, and well-formed bodies for the first-login
// routes (they validate the body before the first-login check runs).
import { operations } from "#openapi";
import type { Operation } from "#openapi";
import { newIdentity } from "#targets/identities";

/** An origin no deployment trusts (.example is reserved). */
export const FOREIGN_ORIGIN = "https://attacker.example";

/** POST operations under Better Auth's origin check, in document order. */
export const originChecked: Operation[] = operations.filter((op) => op.method === "post" && op.rules.originCheck !== undefined && op.rules.originCheck !== false);

/** The operations that also refuse a foreign Origin without a cookie (sign-in and sign-up). */
export const firstLogin: Operation[] = originChecked.filter((op) => op.rules.originCheck === "first-login");

/** `/api/auth/organization/create` → `ORGANIZATION-CREATE`. */
export function slugOf(op: Operation): string {
  return op.path.replace(/^\/api\/auth\//, "").replace(/[^a-zA-Z0-9]+/g, "-").toUpperCase();
}

/** A body that passes validation for a first-login route, for a person who does not exist; undefined when unknown. */
export function wellFormedBody(op: Operation): Record<string, string> | undefined {
  const { name, email, username, password } = newIdentity("stranger");
  const bodies: Record<string, Record<string, string>> = {
    signUpEmail: { name, email, username, password },
    signInEmail: { email, password },
    signInUsername: { username, password },
  };
  return bodies[op.operationId];
}
