// Reads and validates a request body against the spec, answering each family's way:
// Better Auth's VALIDATION_ERROR ("[body.email] Invalid email address") or a route-checked code
// from `x-error-codes`; temetro's 400 "Validation failed" with its zod 4 issues (D40; malformed JSON
// included, D11).
import { requestBodyValidator, type Operation } from "#openapi";
import { readBetterAuthBody } from "./better-auth-body.ts";
import { JSON_BODY_LIMIT_BYTES } from "./config.ts";
import { betterAuthReply, ReplyError, temetroReply, temetroValidationReply, type Reply } from "./reply.ts";
import type { MockRequest } from "./mock-request.ts";

type Issue = { code: string; path: PropertyKey[]; message: string };

/**
 * The raw body of a request, `undefined` when there is none to read; throws the family's reply for a
 * body it refuses. Better Auth reads the media types its route lists (`mediaTypes`, D45). temetro
 * reads a body with express.json(): only `application/json` is parsed (anything else, text/plain or
 * no Content-Type, leaves no body, decision D39), and an empty JSON body is `{}`.
 */
export async function readJsonBody(request: MockRequest, family: Operation["family"], mediaTypes: readonly string[] = ["application/json"]): Promise<unknown> {
  const text = await request.text();
  const contentType = request.headers.get("content-type") ?? "";
  if (family === "better-auth") return readBetterAuthBody(text, contentType, mediaTypes);
  if (!/^application\/json\s*(;|$)/i.test(contentType)) return undefined;
  if (utf8LongerThan(text, JSON_BODY_LIMIT_BYTES)) throw new ReplyError(temetroReply("PAYLOAD_TOO_LARGE"));
  if (text === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ReplyError(temetroValidationReply([{ code: "invalid_json", path: [], message: "Malformed JSON body." }]));
  }
}

/**
 * Whether the text takes more than `limit` bytes as UTF-8. A UTF-16 unit takes 1 to 3 bytes (a
 * surrogate pair 4 for its two), so only a text between limit/3 and limit units is encoded to tell.
 */
export function utf8LongerThan(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}

/** The check the operation's route makes itself for an issue (x-error-codes on the property it points at). */
function routeCheckOf(operation: Operation, issue: Issue): Operation["routeChecks"][number] | undefined {
  const path = issue.path.map(String).join(".");
  return operation.routeChecks.find((check) => check.issue === issue.code && check.path.join(".") === path);
}

/** Whether an issue is the wrong type of a property whose type Better Auth's route does not check (`x-unchecked`, D47). */
function isUnchecked(operation: Operation, issue: Issue): boolean {
  const path = issue.path.map(String).join(".");
  return issue.code === "invalid_type" && operation.uncheckedPaths.some((unchecked) => unchecked.join(".") === path);
}

/** Better Auth's answer when every fault is one its route checks itself (x-error-codes), else null. */
function routeCheckedReply(operation: Operation, issues: Issue[]): Reply | null {
  const checks = issues.map((issue) => routeCheckOf(operation, issue));
  const first = checks[0];
  return first !== undefined && checks.every((check) => check !== undefined) ? betterAuthReply(first.status, first.code) : null;
}

function betterAuthValidationReply(operation: Operation, issues: Issue[]): Reply {
  const routeChecked = routeCheckedReply(operation, issues);
  if (routeChecked !== null) return routeChecked;
  const message = issues.map((issue) => `[${issue.path.length > 0 ? `body.${issue.path.map(String).join(".")}` : "body"}] ${issue.message}`).join("; ");
  return { status: 400, body: { code: "VALIDATION_ERROR", message } };
}

/**
 * Better Auth's body validation in its two stages: a schema fault answers at once (thrown
 * VALIDATION_ERROR); faults its route checks itself come back as `routeCheck`, to answer only after
 * the middleware (first-login check, session) has passed, as the route would.
 */
export function validateBetterAuthBody(operation: Operation, body: unknown): { body: unknown; routeCheck: Reply | null } {
  // An optional body (requestBody.required false, e.g. sign-out) may be absent altogether.
  if (body === undefined && operation.requestBody?.required !== true) return { body, routeCheck: null };
  const validator = requestBodyValidator(operation.operationId);
  const result = validator?.safeParse(body);
  if (result === undefined || result.success) return { body, routeCheck: null };
  const issues: Issue[] = result.error.issues.map((issue) => ({ ...issue, path: [...issue.path] })).filter((issue) => !isUnchecked(operation, issue));
  if (issues.length === 0) return { body, routeCheck: null };
  const routeCheck = routeCheckedReply(operation, issues);
  if (routeCheck === null) throw new ReplyError(betterAuthValidationReply(operation, issues));
  return { body, routeCheck };
}

/** Validates a parsed body against the operation's request schema; returns the parsed value or throws the family's 400. */
export function validateBody(operation: Operation, body: unknown): unknown {
  const validator = requestBodyValidator(operation.operationId);
  if (validator === undefined) return body;
  const result = validator.safeParse(body);
  if (result.success) return body;
  const issues: Issue[] = result.error.issues.map((issue) => ({ ...issue, path: [...issue.path] }));
  if (operation.family === "better-auth") throw new ReplyError(betterAuthValidationReply(operation, issues));
  // temetro's own routes validate with the schema temetro builds (buildTemetroInput): the issues are its zod 4 issues, verbatim.
  throw new ReplyError(temetroValidationReply(issues));
}
