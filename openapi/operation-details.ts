// What an operation says besides its rules, read once from its object in the bundled document:
// its text, decisions and notification, its parameters, request body and responses, and the body
// faults its route checks itself (x-error-codes on a request property).
import { z } from "zod";
import { isBetterAuthErrorCode, type BetterAuthErrorCode } from "./error-codes.ts";
import { isRecord } from "./is-record.ts";
import { resolveRef, resolveSchema } from "./resolve-ref.ts";

/** The record-change notification an operation sends (x-notification): `<placeholders>` in `text` are filled per write. */
export type NotificationRule = { type: string; entityType: string; text: string };
/** A notification's text with its `<placeholders>` filled in ("<actor> added patient <name>"); unknown ones stay. */
export function fillNotificationText(template: string, values: Record<string, string>): string {
  return template.replace(/<([a-z]+)>/g, (whole, key: string) => values[key] ?? whole);
}

/** A parameter, path-item level and operation level alike, with its `$ref` followed. */
export type ParameterSpec = { name: string; in: string; required: boolean; description: string; schema: unknown };
/** The request body: whether it must be sent, its media types in the spec's order, and its JSON schema as written (a `$ref` stays one). */
export type RequestBodySpec = { required: boolean; media: string[]; schema: unknown };
/** One declared answer: its description, header names, media types and the schema of its first media type. */
export type ResponseSpec = { description: string; headers: string[]; media: string[]; schema: unknown };
/**
 * A body fault Better Auth's route checks itself rather than its schema: an issue (`too_small`) at a
 * property path answers `code` with `status` (the status whose example carries the code, else 400).
 */
export type RouteCheck = { path: string[]; issue: string; code: BetterAuthErrorCode; status: number };

export type OperationDetails = {
  description: string;
  /** The decision files the operation carries (x-decision). */
  decisions: string[];
  notification: NotificationRule | undefined;
  parameters: ParameterSpec[];
  requestBody: RequestBodySpec | undefined;
  /** The declared answers by status ("200", "404"). */
  responses: Record<string, ResponseSpec>;
  routeChecks: RouteCheck[];
  /** Request properties whose type Better Auth's route does not check (x-unchecked, D47), as paths. */
  uncheckedPaths: string[][];
};

const detailsSchema = z.looseObject({
  description: z.string().default(""),
  "x-decision": z.union([z.string(), z.array(z.string())]).optional(),
  "x-notification": z.object({ type: z.string(), entityType: z.string(), text: z.string() }).optional(),
  parameters: z.array(z.unknown()).default([]),
  requestBody: z.unknown().optional(),
  responses: z.record(z.string(), z.unknown()),
});

const text = (value: unknown): string => (typeof value === "string" ? value : "");

function parametersOf(list: unknown[]): ParameterSpec[] {
  return list.map(resolveRef).filter(isRecord).map((parameter) => ({
    name: text(parameter.name),
    in: text(parameter.in),
    required: parameter.required === true,
    description: text(parameter.description),
    schema: parameter.schema,
  }));
}

function contentOf(container: Record<string, unknown>): Record<string, unknown> {
  return isRecord(container.content) ? container.content : {};
}

function requestBodyOf(raw: unknown): RequestBodySpec | undefined {
  const body = resolveRef(raw);
  if (!isRecord(body)) return undefined;
  const content = contentOf(body);
  const media = Object.values(content).find(isRecord);
  return { required: body.required === true, media: Object.keys(content), schema: media?.schema };
}

function responsesOf(raw: Record<string, unknown>): Record<string, ResponseSpec> {
  return Object.fromEntries(Object.entries(raw).map(([status, value]) => {
    const response = resolveRef(value);
    const node = isRecord(response) ? response : {};
    const content = contentOf(node);
    return [status, {
      description: text(node.description),
      headers: Object.keys(isRecord(node.headers) ? node.headers : {}),
      media: Object.keys(content),
      schema: Object.values(content).find(isRecord)?.schema,
    }];
  }));
}

/** The status whose response mentions a Better Auth code (in an example), or 400. */
function statusDeclaring(responses: Record<string, unknown>, code: string): number {
  const found = Object.entries(responses).find(([, response]) => JSON.stringify(resolveRef(response)).includes(`"code":"${code}"`));
  return found === undefined ? 400 : Number(found[0]);
}

/** Calls `visit` with each property schema of a request body (the body itself at path []), `$ref`s followed. */
function eachProperty(body: RequestBodySpec | undefined, visit: (schema: Record<string, unknown>, path: string[]) => void): void {
  const walk = (node: unknown, path: string[]): void => {
    const schema = resolveSchema(node);
    visit(schema, path);
    if (path.length < 8 && isRecord(schema.properties)) for (const [name, inner] of Object.entries(schema.properties)) walk(inner, [...path, name]);
  };
  if (body !== undefined) walk(body.schema, []);
}

function routeChecksOf(operationId: string, body: RequestBodySpec | undefined, responses: Record<string, unknown>): RouteCheck[] {
  const checks: RouteCheck[] = [];
  eachProperty(body, (schema, path) => {
    const codes = isRecord(schema["x-error-codes"]) ? schema["x-error-codes"] : {};
    for (const [issue, code] of Object.entries(codes)) {
      if (typeof code !== "string" || !isBetterAuthErrorCode(code)) {
        throw new Error(`Failed to read ${operationId}'s request body: x-error-codes.${issue} at "${path.join(".")}" is not a code of x-error-codes.betterAuth. Fix openapi/components/schemas/.`);
      }
      checks.push({ path, issue, code, status: statusDeclaring(responses, code) });
    }
  });
  return checks;
}

function uncheckedPathsOf(body: RequestBodySpec | undefined): string[][] {
  const paths: string[][] = [];
  eachProperty(body, (schema, path) => {
    if (schema["x-unchecked"] === true) paths.push(path);
  });
  return paths;
}

/** The details of an operation object; `pathItem` supplies the parameters shared by its path. */
export function readOperationDetails(operationId: string, raw: unknown, pathItem: Record<string, unknown>): OperationDetails {
  const op = detailsSchema.parse(raw);
  const decisions = op["x-decision"];
  const requestBody = requestBodyOf(op.requestBody);
  return {
    description: op.description,
    decisions: decisions === undefined ? [] : [decisions].flat(),
    notification: op["x-notification"],
    parameters: parametersOf([...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []), ...op.parameters]),
    requestBody,
    responses: responsesOf(op.responses),
    routeChecks: routeChecksOf(operationId, requestBody, op.responses),
    uncheckedPaths: uncheckedPathsOf(requestBody),
  };
}
