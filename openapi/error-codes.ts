// The two error families' tables (x-error-codes, written once in openapi/rules/error-codes.yaml).
import { spec } from "./spec.ts";

export const errorCodes = spec["x-error-codes"];

export type BetterAuthErrorBody = { code?: string; message: string };
export type TemetroErrorBody = { error: string; details?: unknown[] };

/** Better Auth's body for a code of its table. */
export function betterAuthError(code: string): BetterAuthErrorBody {
  const message = errorCodes.betterAuth[code];
  if (message === undefined) throw new Error(`Failed to find Better Auth error code "${code}" in x-error-codes.`);
  return { code, message };
}

/** temetro's status and body for a key of its table. */
export function temetroError(key: string): { status: number; body: TemetroErrorBody } {
  const entry = errorCodes.temetro[key];
  if (entry === undefined) throw new Error(`Failed to find temetro error "${key}" in x-error-codes.`);
  return { status: entry.status, body: { error: entry.error } };
}
