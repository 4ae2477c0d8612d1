// Facts about a generated request that the known findings match on: its pathname, its JSON body,
// its query values, whether Better Auth reads a body object from it, whether it carries U+0000.
import type { FuzzCase } from "./fuzz-cases.ts";

/** The request's pathname; a trailing slash routes to the same handler. */
export const pathnameOf = (fuzzCase: FuzzCase): string => new URL(fuzzCase.path, "http://placeholder").pathname.replace(/(.)\/$/, "$1");

/** A query parameter of the request, or null. */
export const queryValueOf = (fuzzCase: FuzzCase, name: string): string | null => new URL(fuzzCase.path, "http://placeholder").searchParams.get(name);

/** The request's JSON body, or undefined when it sent none (or raw text). */
export const jsonBodyOf = (fuzzCase: FuzzCase): unknown => (fuzzCase.body !== undefined && "json" in fuzzCase.body ? fuzzCase.body.json : undefined);

/** Whether Better Auth reads no body object from the request: none, JSON null, or a body without a Content-Type (D45, D48). */
export const readsNoBody = (fuzzCase: FuzzCase): boolean => fuzzCase.body === undefined
  || ("json" in fuzzCase.body && fuzzCase.body.json === null) || fuzzCase.headers?.["content-type"] === "";

/** Whether the request's body holds U+0000 anywhere. */
export const hasNul = (fuzzCase: FuzzCase): boolean => fuzzCase.body !== undefined
  && JSON.stringify("json" in fuzzCase.body ? fuzzCase.body.json ?? null : fuzzCase.body.raw).includes("\\u0000");
