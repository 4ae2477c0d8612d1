// What every generated request's answer must satisfy: no 5xx (bar the known Better Auth faults),
// a status the operation documents, the documented content type and a body its schema accepts,
// invalid input refused where the operation documents a refusal, and errors in the family of the
// path (Better Auth's {code?, message} under /api/auth/*, temetro's {error, details?} elsewhere).
import { componentValidator, getOperation, matchOperation, validateResponse } from "#openapi";
import type { Exchange } from "#targets/target";
import type { FuzzCase } from "./fuzz-cases.ts";
import { knownServerFault } from "./known-server-faults.ts";
import type { KnownServerFault } from "./known-server-faults.ts";

export type Verdict = { problems: string[]; advisory?: KnownServerFault };

const betterAuthError = componentValidator("BetterAuthError");
const temetroError = componentValidator("TemetroError");

/** The operation a request addresses (by method and path), or undefined for none of the contract's. */
export function addressedOperation(method: string, path: string): string | undefined {
  const pathname = new URL(path, "http://placeholder").pathname;
  return matchOperation(method, pathname)?.operation.operationId;
}

/** The media types the spec documents for an operation's status ([] for a response without a body). */
function documentedMedia(operationId: string, status: number): string[] {
  return getOperation(operationId).responses[String(status)]?.media ?? [];
}

function familyProblem(path: string, exchange: Exchange): string | undefined {
  if (exchange.status < 400 || exchange.text === "") return undefined;
  const betterAuth = new URL(path, "http://placeholder").pathname.startsWith("/api/auth/");
  const validator = betterAuth ? betterAuthError : temetroError;
  if (validator.safeParse(exchange.body).success) return undefined;
  return `the ${exchange.status} body is not ${betterAuth ? "Better Auth's {code?, message}" : "temetro's {error, details?}"}: ${exchange.text.slice(0, 200)}`;
}

function contentProblems(operationId: string, exchange: Exchange): string[] {
  const media = documentedMedia(operationId, exchange.status);
  const contentType = exchange.headers.get("content-type") ?? "";
  if (media.includes("application/json")) {
    if (!/^application\/json\b/i.test(contentType)) return [`Content-Type is "${contentType}", the spec documents application/json for ${exchange.status}`];
    if (typeof exchange.body === "string") return [`the body is not JSON: ${exchange.text.slice(0, 120)}`];
    return [];
  }
  if (media.length > 0) return contentType === "" ? [`no Content-Type on a ${exchange.status} the spec documents as ${media.join(", ")}`] : [];
  // A response without content: empty, except a redirect, whose body no client reads.
  if (exchange.status !== 302 && exchange.text !== "") return [`the spec documents no body for ${exchange.status}, but one came: ${exchange.text.slice(0, 120)}`];
  return [];
}

/** Whether the operation documents refusing input (400 or 422). */
function refusesInput(operationId: string): boolean {
  const { statuses } = getOperation(operationId);
  return statuses.includes("400") || statuses.includes("422");
}

/** Every problem with the answer to one generated request. */
export function checkResponse(fuzzCase: FuzzCase, exchange: Exchange): Verdict {
  if (exchange.status >= 500) {
    const advisory = knownServerFault(fuzzCase, exchange);
    if (advisory !== undefined) return { problems: [], advisory };
    return { problems: [`answered ${exchange.status}: a 5xx is never a conforming answer`] };
  }
  const problems: string[] = [];
  const family = familyProblem(fuzzCase.path, exchange);
  if (family !== undefined) problems.push(family);
  const operationId = addressedOperation(fuzzCase.method, fuzzCase.path);
  if (operationId === undefined) return { problems };
  const result = validateResponse(operationId, exchange.status, exchange.body);
  if (!result.ok) problems.push(...result.diagnostics.map(({ path, message }) => `${operationId} ${path}: ${message}`));
  else problems.push(...contentProblems(operationId, exchange));
  if (fuzzCase.kind === "invalid" && exchange.status < 400 && refusesInput(operationId)) {
    problems.push(`accepted invalid input (${fuzzCase.note ?? "invalid"}) with ${exchange.status}; ${operationId} documents refusing it`);
  }
  return { problems };
}
