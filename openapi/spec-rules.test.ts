// Every operation declares the answers its rules imply, and the rules point at real data.
import { describe, expect, test } from "vitest";
import { errorCodes } from "./error-codes.ts";
import { isRecord } from "./is-record.ts";
import { collectMediaExamples } from "./example-walk.ts";
import { operations } from "./operations.ts";
import { rateLimitPath, rateLimitRule, rateLimitRuleFor } from "./rate-limits.ts";
import { roleMatrix } from "./role-matrix.ts";

const live = operations.filter((op) => op.statuses.some((status) => status.startsWith("2") || status.startsWith("3")));

function impliedStatuses(op: (typeof operations)[number]): string[] {
  const implied = new Set<string>();
  const { rules } = op;
  if (rules.session === "required") implied.add("401");
  if (op.hasRequestBody) implied.add("400");
  if (rules.rateLimit !== undefined) implied.add("429");
  if (rules.originCheck) implied.add("403");
  if (rules.permission !== undefined) implied.add(String(rules.denied?.status ?? 403));
  if (rules.activeClinic === "required") implied.add(op.family === "temetro" ? "403" : "400");
  if (rules.activeClinic === "fallback") implied.add("400");
  return [...implied].sort();
}

describe("operation rules", () => {
  test.each(live.map((op) => [op.operationId, op] as const))("%s declares the error responses its rules imply", (_, op) => {
    const missing = impliedStatuses(op).filter((status) => !op.statuses.includes(status));
    expect(missing).toEqual([]);
  });

  test.each(live.filter((op) => op.family === "better-auth").map((op) => [op.operationId, op] as const))(
    "%s names the rate-limit rule Better Auth applies to its path",
    (_, op) => {
      const authPath = rateLimitPath(op.path.replace(/\{[^}]+\}/g, "x"));
      expect(authPath).toBeDefined();
      expect(op.rules.rateLimit).toBe(rateLimitRuleFor(authPath!).id);
      expect(() => rateLimitRule(op.rules.rateLimit!)).not.toThrow();
    },
  );

  test("temetro's own routes carry no Better Auth rate limit or origin check", () => {
    const offenders = operations.filter((op) => op.family === "temetro" && (op.rules.rateLimit !== undefined || op.rules.originCheck));
    expect(offenders.map((op) => op.operationId)).toEqual([]);
  });

  test("every permission names a statement of the role matrix", () => {
    for (const op of operations.filter((candidate) => candidate.rules.permission !== undefined)) {
      const [resource, action] = op.rules.permission!.split(":");
      expect(roleMatrix.statements[resource!], op.operationId).toContain(action);
    }
  });

  test("every denial code is in the Better Auth error table", () => {
    for (const op of operations) if (op.rules.denied) expect(errorCodes.betterAuth, op.operationId).toHaveProperty(op.rules.denied.code);
  });

  test("operationIds are unique", () => {
    const ids = operations.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("error examples", () => {
  const coded = collectMediaExamples().filter(({ example }) => typeof example === "object" && example !== null && "code" in example && "message" in example);

  test.each(coded)("$label carries the table's message for its code", ({ example }) => {
    const { code, message } = example as { code: string; message: string };
    // Better Auth names the failing part: "[body.email] …", "[body] …" (no body), "[query.token] …".
    if (code === "VALIDATION_ERROR") expect(message).toMatch(/^\[(body|query)[.\]]/);
    // better-call's 415 names the Content-Type sent and the route's allowed types (D45).
    else if (code === "UNSUPPORTED_MEDIA_TYPE") expect(message).toMatch(/^Content-Type "[^"]+" is not allowed\. Allowed types: \S/);
    else expect(message).toBe(errorCodes.betterAuth[code]);
  });

  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  /** temetro's messages: its table's, its routes' (a `{name}` matches any text), and Better Auth's it passes on (D23). */
  const temetroMessages = [
    ...Object.values(errorCodes.temetro).map(({ error }) => new RegExp(`^${escape(error)}$`)),
    ...Object.values(errorCodes.temetroRoutes).map(({ error }) => new RegExp(`^${escape(error).replace(/\\\{\w+\\\}/g, ".+")}$`)),
    ...Object.values(errorCodes.betterAuth).map((message) => new RegExp(`^${escape(message)}$`)),
  ];
  const temetroExamples = collectMediaExamples().filter(({ example }) => isRecord(example) && typeof example.error === "string");

  test.each(temetroExamples)("$label carries a message of the error tables", ({ example }) => {
    const { error } = example as { error: string };
    expect(temetroMessages.some((pattern) => pattern.test(error)), error).toBe(true);
  });
});
