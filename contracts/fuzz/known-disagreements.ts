// Answers the spec does not describe that the contract has decided to take as real servers give
// them (Better Auth's own leniency, D29, D46, D47): a case whose only problems are one of these is
// counted and reported under its id, as a known finding with its decision, not failed.
import type { Exchange } from "#targets/target";
import type { FuzzCase } from "./fuzz-cases.ts";
import { pathnameOf } from "./case-facts.ts";

export type KnownDisagreement = { id: string; text: string; matches(fuzzCase: FuzzCase, exchange: Exchange, problems: string[]): boolean };

const onlyAcceptedInvalidInput = (problems: string[]) => problems.every((problem) => problem.startsWith("accepted invalid input"));

export const KNOWN_DISAGREEMENTS: readonly KnownDisagreement[] = [
  {
    id: "D46-QUERY-UNCHECKED",
    text: "Better Auth 1.7 takes query values outside the spec's parameter schemas as it reads them (get-full-organization membersLimit=0 or 1.5, list-members limit/offset that are no number or 0) and answers 200; the schemas say what a client should send (D46).",
    matches: (fuzzCase, exchange, problems) => fuzzCase.kind === "invalid" && (fuzzCase.note ?? "").startsWith("query ")
      && pathnameOf(fuzzCase).startsWith("/api/auth/") && exchange.status < 400 && onlyAcceptedInvalidInput(problems),
  },
  {
    id: "D47-UPDATE-USER-UNCHECKED",
    text: "Better Auth 1.7's update-user takes any JSON value for name, image or displayUsername and stores its text (a 200 for {\"name\":[\"a\"]} stores '{\"a\"}'), and a null username; the spec says strings, marked x-unchecked (D47).",
    matches: (fuzzCase, exchange, problems) => fuzzCase.kind === "invalid" && pathnameOf(fuzzCase) === "/api/auth/update-user"
      && exchange.status === 200 && onlyAcceptedInvalidInput(problems),
  },
  {
    id: "D29-EMPTY-JSON-ERROR-BODY",
    text: "Better Auth 1.7 answers update-member-role with an empty role (\"\" or an array without a role) with a bare 400 labelled application/json, before any other check (D29, ADVISORY-EMPTY-JSON-ERROR-BODY).",
    matches: (fuzzCase, exchange) => pathnameOf(fuzzCase) === "/api/auth/organization/update-member-role" && exchange.status === 400 && exchange.text === "",
  },
];

/** The known disagreement that accounts for a case's problems, or undefined. */
export function knownDisagreement(fuzzCase: FuzzCase, exchange: Exchange, problems: string[]): KnownDisagreement | undefined {
  return problems.length === 0 ? undefined : KNOWN_DISAGREEMENTS.find((entry) => entry.matches(fuzzCase, exchange, problems));
}
