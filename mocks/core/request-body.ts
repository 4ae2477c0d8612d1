// Reads and validates a request body against the spec, answering each family's way:
// Better Auth's VALIDATION_ERROR ("[body.email] Invalid email address") or a route-checked code
// from `x-error-codes`; temetro's 400 "Validation failed" with its zod 4 issues (D40; malformed JSON
// included, D11).
import { requestBodyValidator, resolveRef, spec, type Operation } from "#openapi";
import { JSON_BODY_LIMIT_BYTES } from "./config.ts";
import type { MockRequest } from "./mock-request.ts";
import { betterAuthReply, ReplyError, temetroReply, type Reply } from "./reply.ts";

type Issue = { code: string; path: PropertyKey[]; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The raw JSON of a request, `undefined` when there is none to read; throws the family's reply for bad
 * JSON. temetro reads a body with express.json(): only `application/json` is parsed (anything else,
 * text/plain or no Content-Type, leaves no body, decision D39), and an empty JSON body is `{}`.
 */
export async function readJsonBody(request: MockRequest, family: Operation["family"]): Promise<unknown> {
  const text = await request.text();
  const contentType = request.headers.get("content-type") ?? "";
  if (family === "temetro") {
    if (!/^application\/json\s*(;|$)/i.test(contentType)) return undefined;
    if (new TextEncoder().encode(text).length > JSON_BODY_LIMIT_BYTES) throw new ReplyError(temetroReply("PAYLOAD_TOO_LARGE"));
    if (text === "") return {};
  }
  if (text === "") return undefined;
  if (family === "better-auth" && !/^application\/([a-z0-9.+-]*\+)?json/i.test(contentType)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    if (family === "better-auth") throw new ReplyError(betterAuthReply(400, "BAD_REQUEST"));
    const { status, body } = temetroReply("VALIDATION_FAILED");
    throw new ReplyError({ status, body: { ...(isRecord(body) ? body : {}), details: [{ code: "invalid_json", path: [], message: "Malformed JSON body." }] } });
  }
}

/** The operation's requestBody object, resolved. */
function requestBodyOf(operation: Operation): Record<string, unknown> | undefined {
  const raw = spec.paths[operation.path]?.[operation.method];
  const requestBody = isRecord(raw) && isRecord(raw.requestBody) ? resolveRef(raw.requestBody) : undefined;
  return isRecord(requestBody) ? requestBody : undefined;
}

/** The `x-error-codes` of the property an issue points at, walking the operation's request schema. */
function routeCheckedCode(operation: Operation, issue: Issue): string | undefined {
  const content = requestBodyOf(operation);
  const media = isRecord(content) && isRecord(content.content) ? content.content["application/json"] : undefined;
  let schema = isRecord(media) ? resolveRef(media.schema) : undefined;
  for (const key of issue.path) {
    const properties = isRecord(schema) && isRecord(schema.properties) ? schema.properties : undefined;
    schema = properties === undefined ? undefined : resolveRef(properties[String(key)]);
  }
  const codes = isRecord(schema) ? schema["x-error-codes"] : undefined;
  const code = isRecord(codes) ? codes[issue.code] : undefined;
  return typeof code === "string" ? code : undefined;
}

/** The status an operation declares for a Better Auth code (from its response examples), default 400. */
function statusDeclaring(operation: Operation, code: string): number {
  const raw = spec.paths[operation.path]?.[operation.method];
  const responses = isRecord(raw) && isRecord(raw.responses) ? raw.responses : {};
  const found = Object.entries(responses).find(([, response]) => JSON.stringify(resolveRef(response)).includes(`"code":"${code}"`));
  return found === undefined ? 400 : Number(found[0]);
}

/** Better Auth's answer when every fault is one its route checks itself (x-error-codes), else null. */
function routeCheckedReply(operation: Operation, issues: Issue[]): Reply | null {
  const routeCodes = issues.map((issue) => routeCheckedCode(operation, issue));
  const first = routeCodes[0];
  return first !== undefined && routeCodes.every((code) => code !== undefined) ? betterAuthReply(statusDeclaring(operation, first), first) : null;
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
  if (body === undefined && requestBodyOf(operation)?.required !== true) return { body, routeCheck: null };
  const validator = requestBodyValidator(operation.operationId);
  const result = validator?.safeParse(body);
  if (result === undefined || result.success) return { body, routeCheck: null };
  const issues: Issue[] = result.error.issues.map((issue) => ({ ...issue, path: [...issue.path] }));
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
  const { status } = temetroReply("VALIDATION_FAILED");
  throw new ReplyError({ status, body: { error: "Validation failed", details: issues } });
}
