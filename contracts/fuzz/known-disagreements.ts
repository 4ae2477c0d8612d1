// Disagreements the fuzzer found between the spec and real servers that wait on a contract
// decision: a case whose only problems are one of these is counted and listed in the report under
// its id, not failed. Each entry says what was observed; remove it once the decision has landed.
import { isRecord } from "#openapi";
import type { Exchange } from "#targets/target";
import type { FuzzCase } from "./fuzz-cases.ts";

export type KnownDisagreement = { id: string; text: string; matches(fuzzCase: FuzzCase, exchange: Exchange, problems: string[]): boolean };

/** The request's pathname; a trailing slash routes to the same handler. */
const pathnameOf = (fuzzCase: FuzzCase) => new URL(fuzzCase.path, "http://placeholder").pathname.replace(/(.)\/$/, "$1");
/** A number PostgreSQL refuses as LIMIT or OFFSET (text that is no number never reaches it). */
const refusedByDatabase = (value: string | null): boolean => {
  if (value === null || value.trim() === "" || Number.isNaN(Number(value))) return false;
  const number = Number(value);
  return !Number.isSafeInteger(number) || number < 0;
};
/** Whether Better Auth reads no body object from the request: none, JSON null, or one without a Content-Type. */
const readsNoBody = (fuzzCase: FuzzCase): boolean => fuzzCase.body === undefined
  || ("json" in fuzzCase.body && fuzzCase.body.json === null) || fuzzCase.headers?.["content-type"] === "";
const hasNul = (value: unknown): boolean => JSON.stringify(value ?? null).includes("\\u0000");

export const KNOWN_DISAGREEMENTS: readonly KnownDisagreement[] = [
  {
    id: "PENDING-BETTER-AUTH-415",
    text: "Better Auth 1.7 answers a body with a Content-Type other than application/json (sign-in/email also takes x-www-form-urlencoded) with 415 {code: UNSUPPORTED_MEDIA_TYPE, message: 'Content-Type \"…\" is not allowed. Allowed types: application/json'}; the spec declares no 415 and the mock reads such a body as absent.",
    matches: (fuzzCase, exchange) => pathnameOf(fuzzCase).startsWith("/api/auth/") && exchange.status === 415
      && isRecord(exchange.body) && exchange.body.code === "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    id: "PENDING-BETTER-AUTH-QUERY-UNCHECKED",
    text: "Better Auth 1.7 (and the mock) accept query values outside the spec's parameter schemas (get-full-organization membersLimit=0, list-members limit/offset that are not whole numbers) with 200; the spec's schemas say what a client should send, not what the route refuses.",
    matches: (fuzzCase, exchange, problems) => fuzzCase.kind === "invalid" && (fuzzCase.note ?? "").startsWith("query ")
      && pathnameOf(fuzzCase).startsWith("/api/auth/") && exchange.status < 400 && problems.every((problem) => problem.startsWith("accepted invalid input")),
  },
  {
    id: "PENDING-UPDATE-MEMBER-ROLE-EMPTY-400",
    text: "Better Auth 1.7 answers update-member-role with an empty role (\"\" or an array without a role) with a bare 400 (Content-Type application/json, empty body), before any other check; the spec documents a {code, message} body.",
    matches: (fuzzCase, exchange) => pathnameOf(fuzzCase) === "/api/auth/organization/update-member-role" && exchange.status === 400 && exchange.text === "",
  },
  {
    id: "PENDING-BETTER-AUTH-BAD-LIMIT-500",
    text: "Better Auth 1.7 passes a numeric membersLimit (get-full-organization) or limit/offset (list-members) that is negative, fractional or out of range (-1, 1.5, 1e400) to the database, which refuses it: a bare 500 (text that is no number is ignored). The mock answers 200; whether the mock reproduces it and the contract lists it beside D29's fault is not decided.",
    matches: (fuzzCase, exchange) => exchange.status === 500 && exchange.text === ""
      && ["/api/auth/organization/get-full-organization", "/api/auth/organization/list-members"].includes(pathnameOf(fuzzCase))
      && ["membersLimit", "limit", "offset"].some((name) => refusedByDatabase(new URL(fuzzCase.path, "http://placeholder").searchParams.get(name))),
  },
  {
    id: "PENDING-BETTER-AUTH-NO-BODY-500",
    text: "Better Auth 1.7 answers update-user and sign-up/email with a bare 500 when it reads no body object: JSON `null`, no body, or a body without a Content-Type (signed in or not; every other route answers 400). The mock answers 400 VALIDATION_ERROR. Whether the mock reproduces it and the contract lists it beside D29's fault is not decided.",
    matches: (fuzzCase, exchange) => exchange.status === 500 && exchange.text === ""
      && ["/api/auth/update-user", "/api/auth/sign-up/email"].includes(pathnameOf(fuzzCase)) && readsNoBody(fuzzCase),
  },
  {
    id: "PENDING-BETTER-AUTH-UPDATE-USER-UNCHECKED",
    text: "Better Auth 1.7's update-user accepts any JSON value for name or image and stores it as text (a 200 for {\"name\":[\"a\"]} stores '{\"a\"}'); the spec's UpdateUserRequest says strings, and the mock refuses others with VALIDATION_ERROR.",
    matches: (fuzzCase, exchange, problems) => fuzzCase.kind === "invalid" && pathnameOf(fuzzCase) === "/api/auth/update-user"
      && exchange.status === 200 && problems.every((problem) => problem.startsWith("accepted invalid input")),
  },
  {
    id: "PENDING-NUL-IN-TEXT",
    text: "A U+0000 in a text field reaches PostgreSQL, which refuses it, and the route answers 500 (the reference, and temetro on PostgreSQL alike); the contract does not yet say whether such input is refused (400) or stored without it.",
    matches: (fuzzCase, exchange) => exchange.status >= 500 && fuzzCase.body !== undefined && hasNul("json" in fuzzCase.body ? fuzzCase.body.json : fuzzCase.body.raw),
  },
];

/** The known disagreement that accounts for a case's problems, or undefined. */
export function knownDisagreement(fuzzCase: FuzzCase, exchange: Exchange, problems: string[]): KnownDisagreement | undefined {
  return problems.length === 0 ? undefined : KNOWN_DISAGREEMENTS.find((entry) => entry.matches(fuzzCase, exchange, problems));
}
