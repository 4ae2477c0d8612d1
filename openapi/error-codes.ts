// The error tables of both families (x-error-codes, written once in openapi/rules/error-codes.yaml),
// typed by their keys (openapi/generated/error-codes.ts): an unknown code fails to compile.
import type { BetterAuthErrorCode, TemetroErrorKey, TemetroRouteTemplates } from "./generated/error-codes.ts";
import { spec } from "./spec.ts";

export type { BetterAuthErrorCode, TemetroErrorKey, TemetroRouteTemplates } from "./generated/error-codes.ts";

export const errorCodes = spec["x-error-codes"];

export type BetterAuthErrorBody = { code?: string; message: string };
export type TemetroErrorBody = { error: string; details?: unknown[] };

/** A key of temetro's route messages (x-error-codes.temetroRoutes). */
export type TemetroRouteKey = keyof TemetroRouteTemplates;

/** The `{name}`s of a message template. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a route message needs: none for a plain message, one per `{name}` of a template. */
export type TemetroMessageValues<K extends TemetroRouteKey> =
  [Placeholders<TemetroRouteTemplates[K]>] extends [never] ? [] : [values: Record<Placeholders<TemetroRouteTemplates[K]>, string | number>];

/** A route message without `{name}`s: one that reads the same for every request. */
export type PlainTemetroRouteKey = { [K in TemetroRouteKey]: TemetroMessageValues<K> extends [] ? K : never }[TemetroRouteKey];

/** Whether a string is a code of Better Auth's table (for codes read from the spec's own data). */
export function isBetterAuthErrorCode(code: string): code is BetterAuthErrorCode {
  return Object.hasOwn(errorCodes.betterAuth, code);
}

/** Better Auth's body for a code of its table. */
export function betterAuthError(code: BetterAuthErrorCode): BetterAuthErrorBody {
  const message = errorCodes.betterAuth[code];
  if (message === undefined) throw new Error(`Failed to find Better Auth error code "${code}" in x-error-codes. Run \`npm run generate\`.`);
  return { code, message };
}

/** temetro's status and body for a key of its table. */
export function temetroError(key: TemetroErrorKey): { status: number; body: TemetroErrorBody } {
  const entry = errorCodes.temetro[key];
  if (entry === undefined) throw new Error(`Failed to find temetro error "${key}" in x-error-codes. Run \`npm run generate\`.`);
  return { status: entry.status, body: { error: entry.error } };
}

function routeEntry(key: TemetroRouteKey): { status: number; error: string } {
  const entry = errorCodes.temetroRoutes[key];
  if (entry === undefined) throw new Error(`Failed to find temetro's route message "${key}" in x-error-codes.temetroRoutes. Run \`npm run generate\`.`);
  return entry;
}

/** A route message of temetro's with its `{name}`s filled in ("A patient with file number 10 already exists in this clinic."). */
export function temetroMessage<K extends TemetroRouteKey>(key: K, ...values: TemetroMessageValues<K>): string {
  const filled: Record<string, string | number> = values[0] ?? {};
  return routeEntry(key).error.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = filled[name];
    if (value === undefined) throw new Error(`Failed to fill in temetro's message ${key}: no value for {${name}}.`);
    return String(value);
  });
}

/** The status and body of a route message of temetro's. */
export function temetroRouteError<K extends TemetroRouteKey>(key: K, ...values: TemetroMessageValues<K>): { status: number; body: TemetroErrorBody } {
  return { status: routeEntry(key).status, body: { error: temetroMessage(key, ...values) } };
}
