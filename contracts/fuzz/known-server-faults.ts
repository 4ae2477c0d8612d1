// The 5xx answers the contract names as known faults of real deployments: Better Auth's own on
// PostgreSQL (D29, D46–D49), and temetro's on PostgreSQL where the contract answers otherwise
// (D49). Reported as advisories, not failures: they fail every deployment for a library's or a
// database's behaviour; the mock reproduces Better Auth's.
import type { Exchange } from "#targets/target";
import type { FuzzCase } from "./fuzz-cases.ts";
import { isRecord } from "#openapi";
import { hasNul, jsonBodyOf, pathnameOf, queryValueOf, readsNoBody } from "./case-facts.ts";

export type KnownServerFault = { id: string; text: string; matches(fuzzCase: FuzzCase, exchange: Exchange): boolean };

const UPDATE_COLUMNS = ["name", "slug", "logo", "metadata"];
/** PostgreSQL's LIMIT and OFFSET are bigints. */
const BIGINT_END = 2 ** 63;
/** Whether PostgreSQL refuses what Better Auth makes of a query value as LIMIT/OFFSET (it passes on any non-zero number). */
const refusedAsLimit = (number: number): boolean => !Number.isNaN(number) && number !== 0 && (!Number.isInteger(number) || number < 0 || number >= BIGINT_END);
const bare500 = (exchange: Exchange) => exchange.status === 500 && exchange.text === "";

export const KNOWN_SERVER_FAULTS: readonly KnownServerFault[] = [
  {
    id: "ADVISORY-ORG-UPDATE-EMPTY-DATA",
    text: "POST /api/auth/organization/update with no column to change in `data` fails with a bare 500 (Better Auth 1.7 issues an UPDATE with no columns; D29).",
    matches(fuzzCase, exchange) {
      if (fuzzCase.method !== "POST" || pathnameOf(fuzzCase) !== "/api/auth/organization/update" || !bare500(exchange)) return false;
      const json = jsonBodyOf(fuzzCase);
      const data = isRecord(json) ? json.data : undefined;
      return isRecord(data) && UPDATE_COLUMNS.every((column) => data[column] === undefined);
    },
  },
  {
    id: "ADVISORY-D46-LIMIT-REFUSED-BY-DATABASE",
    text: "Better Auth 1.7 hands list-members' limit/offset (Number()) and get-full-organization's membersLimit (parseInt()) to PostgreSQL unchecked: a negative, fractional or out-of-range number fails with a bare 500 (D46).",
    matches(fuzzCase, exchange) {
      if (!bare500(exchange)) return false;
      const pathname = pathnameOf(fuzzCase);
      const numberOf = (name: string) => Number(queryValueOf(fuzzCase, name) ?? "");
      if (pathname === "/api/auth/organization/list-members") return refusedAsLimit(numberOf("limit")) || refusedAsLimit(numberOf("offset"));
      return pathname === "/api/auth/organization/get-full-organization" && refusedAsLimit(parseInt(queryValueOf(fuzzCase, "membersLimit") ?? ""));
    },
  },
  {
    id: "ADVISORY-D47-UPDATE-USER-UNCHECKED-500",
    text: "Better Auth 1.7's update-user takes its fields unchecked: `\"name\": null` breaks the NOT NULL column, and a username that is neither a string nor null breaks its lower-casing (username.toLowerCase): a bare 500 (D47).",
    matches(fuzzCase, exchange) {
      const json = jsonBodyOf(fuzzCase);
      if (!bare500(exchange) || pathnameOf(fuzzCase) !== "/api/auth/update-user" || !isRecord(json)) return false;
      return json.name === null || (json.username !== undefined && json.username !== null && typeof json.username !== "string");
    },
  },
  {
    id: "ADVISORY-D48-NO-BODY-OBJECT",
    text: "Better Auth 1.7's username plugin reads the body of sign-up/email and update-user before validating it: no body object (none, JSON null, no Content-Type) fails with a bare 500 (D48).",
    matches: (fuzzCase, exchange) => bare500(exchange) && ["/api/auth/update-user", "/api/auth/sign-up/email"].includes(pathnameOf(fuzzCase)) && readsNoBody(fuzzCase),
  },
  {
    id: "ADVISORY-D49-NUL-IN-TEXT",
    text: "A U+0000 in text reaches PostgreSQL, which refuses it: Better Auth answers a bare 500, temetro's routes (and the reference) 500 {\"error\":\"Internal server error\"}, where the contract stores the text as sent (D49).",
    matches: (fuzzCase, exchange) => exchange.status >= 500 && hasNul(fuzzCase),
  },
];

/** The known fault a 5xx answer is, or undefined. */
export function knownServerFault(fuzzCase: FuzzCase, exchange: Exchange): KnownServerFault | undefined {
  return KNOWN_SERVER_FAULTS.find((fault) => fault.matches(fuzzCase, exchange));
}
