// The 5xx answers the contract names as Better Auth's own faults (D29): reported as advisories, not
// failures, because they fail every deployment for a library's bug rather than temetro's code.
import { isRecord } from "#openapi";
import type { Exchange } from "#targets/target";
import type { FuzzCase } from "./fuzz-cases.ts";

export type KnownServerFault = { id: string; text: string; matches(fuzzCase: FuzzCase, exchange: Exchange): boolean };

const UPDATE_COLUMNS = ["name", "slug", "logo", "metadata"];

export const KNOWN_SERVER_FAULTS: readonly KnownServerFault[] = [
  {
    id: "ADVISORY-ORG-UPDATE-EMPTY-DATA",
    text: "POST /api/auth/organization/update with no column to change in `data` fails with a bare 500 (Better Auth 1.7 issues an UPDATE with no columns; D29).",
    matches(fuzzCase, exchange) {
      // A trailing slash routes to the same handler.
      const pathname = new URL(fuzzCase.path, "http://placeholder").pathname.replace(/(.)\/$/, "$1");
      if (fuzzCase.method !== "POST" || pathname !== "/api/auth/organization/update" || exchange.status !== 500 || exchange.text !== "") return false;
      const json = fuzzCase.body !== undefined && "json" in fuzzCase.body ? fuzzCase.body.json : undefined;
      const data = isRecord(json) ? json.data : undefined;
      return isRecord(data) && UPDATE_COLUMNS.every((column) => data[column] === undefined);
    },
  },
];

/** The known fault a 5xx answer is, or undefined. */
export function knownServerFault(fuzzCase: FuzzCase, exchange: Exchange): KnownServerFault | undefined {
  return KNOWN_SERVER_FAULTS.find((fault) => fault.matches(fuzzCase, exchange));
}
