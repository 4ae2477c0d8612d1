// Generated requests for one operation, as plain data (so fast-check prints and shrinks them):
// valid ones from the spec's schemas, invalid ones the spec's validators refuse, and valid ones
// with a header, cookie, path or method mutated.
import fc from "fast-check";
import { HTTP_METHODS, operations } from "#openapi";
import type { Operation } from "#openapi";
import type { FuzzWorld } from "./fuzz-world.ts";
import { invalidBodyArbitrary, invalidQueryValues } from "./invalid-arbitrary.ts";
import { bodyOptions, pathParameterArbitrary, queryParameterArbitrary } from "./known-values.ts";
import type { OperationInputs } from "./operation-inputs.ts";
import { schemaArbitrary } from "./schema-arbitrary.ts";

export const CASE_KINDS = ["valid", "invalid", "mutated"] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** How the sender's cookies are mangled: a flipped character, a made-up token, or the cache cookie alone. */
export type CookieMutation = "tampered" | "garbage" | "cache-only";

export type FuzzCase = {
  kind: CaseKind;
  /** Who sends it: a person of the world, or "anonymous" (a new client without cookies). */
  as: string;
  method: string;
  /** Path and query string, encoded. */
  path: string;
  body?: { json: unknown } | { raw: string };
  headers?: Record<string, string>;
  /** The Origin header: absent means the client's default (the trusted origin on writes), null none. */
  origin?: string | null;
  cookie?: CookieMutation;
  /** What is wrong with it (invalid) or what was changed (mutated). */
  note?: string;
};

// Built once: a string arbitrary costs fast-check a tokenisation of its bias strings.
const unknownQueryText = fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" });
const pathSegmentText = fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" });

type Parts = { as: string; path: string; body?: FuzzCase["body"] };

/** Who may send a request to the operation: anonymous only where it takes no session. */
function senders(operation: Operation, world: FuzzWorld): fc.Arbitrary<string> {
  if (operation.rules.session === "none") return fc.constant("anonymous");
  // The world's owner never deletes their account: Better Auth would leave the clinic without an
  // owner, which no one can delete afterwards (safe mode would leave it behind). Others still do.
  const people = Object.keys(world.people).filter((name) => !(operation.operationId === "deleteUser" && name === "owner"));
  return fc.constantFrom(...people, "anonymous");
}

function pathArbitrary(operation: Operation, world: FuzzWorld): fc.Arbitrary<string> {
  const values = operation.parameterNames.map((name) => pathParameterArbitrary(operation, name, world.known));
  return fc.tuple(...values).map((parts) => {
    let index = 0;
    return operation.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(parts[index++] ?? ""));
  });
}

function withQuery(path: string, entries: Array<[string, string]>): string {
  return entries.length === 0 ? path : `${path}?${new URLSearchParams(entries).toString()}`;
}

function validQuery(inputs: OperationInputs, world: FuzzWorld): fc.Arbitrary<Array<[string, string]>> {
  const entries = inputs.query.map((parameter) => {
    const value = queryParameterArbitrary(parameter.name, parameter.schema, world.known).map((text): [string, string] => [parameter.name, text]);
    return parameter.required ? value.map((entry) => [entry]) : fc.option(value, { nil: undefined }).map((entry) => (entry === undefined ? [] : [entry]));
  });
  return fc.tuple(...entries).map((lists) => lists.flat());
}

function validParts(operation: Operation, inputs: OperationInputs, world: FuzzWorld): fc.Arbitrary<Parts> {
  const body = inputs.body === undefined
    ? fc.constant(undefined)
    : schemaArbitrary(inputs.body.schema, bodyOptions(operation, world.known)).filter((value) => inputs.body?.validator.safeParse(value).success === true);
  const optionalBody = inputs.body !== undefined && !inputs.body.required ? fc.option(body, { nil: undefined }) : body;
  return fc.record({ as: senders(operation, world), path: pathArbitrary(operation, world), query: validQuery(inputs, world), body: optionalBody })
    .map(({ as, path, query, body: json }) => ({ as, path: withQuery(path, query), ...(json === undefined ? {} : { body: { json } }) }));
}

/** Requests the spec calls valid. */
export function validCases(operation: Operation, inputs: OperationInputs, world: FuzzWorld): fc.Arbitrary<FuzzCase> {
  return validParts(operation, inputs, world).map((parts) => ({ kind: "valid", method: operation.method.toUpperCase(), ...parts }));
}

/** Requests the spec's validators refuse: a bad body, or a query parameter missing or out of its schema. */
export function invalidCases(operation: Operation, inputs: OperationInputs, world: FuzzWorld): fc.Arbitrary<FuzzCase> | undefined {
  const faults: fc.Arbitrary<{ note: string; body?: FuzzCase["body"]; query?: Array<[string, string]> }>[] = [];
  if (inputs.body !== undefined) {
    faults.push(invalidBodyArbitrary(inputs.body.schema, inputs.body.validator, bodyOptions(operation, world.known))
      .map((bad) => ({ note: bad.fault, body: "raw" in bad ? { raw: bad.raw } : { json: bad.json } })));
  }
  for (const parameter of inputs.query) {
    const others = inputs.query.filter((other) => other !== parameter && other.required).map((other) => [other.name, "x"] as [string, string]);
    if (parameter.required) faults.push(fc.constant({ note: `query "${parameter.name}" missing`, query: others }));
    for (const bad of invalidQueryValues(parameter.schema)) {
      faults.push(bad.map((value) => ({ note: `query "${parameter.name}" is ${JSON.stringify(value)}`, query: [...others, [parameter.name, value]] })));
    }
  }
  if (faults.length === 0) return undefined;
  return fc.tuple(validParts(operation, inputs, world), fc.oneof(...faults)).map(([parts, fault]) => {
    const path = fault.query === undefined ? parts.path : withQuery(parts.path.split("?")[0] ?? parts.path, fault.query);
    const body = fault.body ?? parts.body;
    return { kind: "invalid", method: operation.method.toUpperCase(), as: parts.as, path, ...(body === undefined ? {} : { body }), note: fault.note };
  });
}

type Mutation = (base: FuzzCase) => fc.Arbitrary<FuzzCase>;

const FOREIGN_ORIGIN = "https://fuzz.invalid";
const METHODS = HTTP_METHODS.filter((method) => method !== "head" && method !== "options").map((method) => method.toUpperCase());

function mutations(operation: Operation, world: FuzzWorld, frontendOrigin: string): Mutation[] {
  const list: Mutation[] = [
    (base) => fc.constant({ ...base, origin: null, note: "no Origin" }),
    (base) => fc.constantFrom(FOREIGN_ORIGIN, "null", "http://localhost:3000.fuzz.invalid").map((origin) => ({ ...base, origin, note: `Origin ${origin}` })),
    (base) => fc.constant({ ...base, origin: null, headers: { referer: `${frontendOrigin}/fuzz` }, note: "trusted Referer, no Origin" }),
    (base) => fc.constant({ ...base, headers: { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" }, note: "cross-site navigation" }),
    (base) => fc.constantFrom<CookieMutation>("tampered", "garbage", "cache-only").map((cookie) => ({ ...base, cookie, note: `cookie ${cookie}` })),
    (base) => fc.constant({ ...base, path: base.path.replace(/(\?|$)/, "/$1"), note: "trailing slash" }),
    (base) => unknownQueryText.map((value) => ({ ...base, path: `${base.path}${base.path.includes("?") ? "&" : "?"}${new URLSearchParams([[value, value]]).toString()}`, note: "unknown query parameter" })),
  ];
  const others = METHODS.filter((method) => !operations.some((other) => other.path === operation.path && other.method.toUpperCase() === method));
  if (others.length > 0) {
    list.push((base) => fc.constantFrom(...others).map((method) => {
      const { body, ...rest } = base;
      return { ...rest, method, ...(body === undefined || method === "GET" ? {} : { body }), note: `method ${method}` };
    }));
  }
  if (operation.parameterNames.length > 0) {
    list.push((base) => pathSegmentText.map((value) => {
      const segments = base.path.split("?");
      const index = operation.path.split("/").findIndex((segment) => segment.startsWith("{"));
      const parts = (segments[0] ?? "").split("/");
      parts[index] = encodeURIComponent(value);
      return { ...base, path: [parts.join("/"), ...segments.slice(1)].join("?"), note: `path parameter ${JSON.stringify(value)}` };
    }));
  }
  if (operation.hasRequestBody) {
    list.push((base) => fc.constantFrom("application/x-www-form-urlencoded", "text/plain", "application/json; charset=utf-8", "multipart/form-data; boundary=x", "")
      .map((type) => ({ ...base, headers: { "content-type": type }, note: `Content-Type "${type}"` })));
  }
  return list;
}

/** Valid requests with one header, cookie, path or method mutation. */
export function mutatedCases(operation: Operation, inputs: OperationInputs, world: FuzzWorld, frontendOrigin: string): fc.Arbitrary<FuzzCase> {
  const list = mutations(operation, world, frontendOrigin);
  return fc.tuple(validCases(operation, inputs, world), fc.constantFrom(...list))
    .chain(([base, mutate]) => mutate({ ...base, kind: "mutated" }));
}
