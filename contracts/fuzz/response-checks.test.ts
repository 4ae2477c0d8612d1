// The checks on an answer: what fails, what the known Better Auth fault and the known disagreements excuse.
import { expect, test } from "vitest";
import type { Exchange } from "#targets/target";
import type { FuzzCase } from "./fuzz-cases.ts";
import { knownDisagreement } from "./known-disagreements.ts";
import { checkResponse } from "./response-checks.ts";

function answer(status: number, body: unknown, contentType = "application/json"): Exchange {
  const text = body === null ? "" : JSON.stringify(body);
  return { actor: "t", request: { method: "POST", path: "/", headers: {} }, operationId: null, status, headers: new Headers(body === null ? {} : { "content-type": contentType }), setCookies: [], body, text, durationMs: 1 };
}

const update: FuzzCase = { kind: "valid", as: "owner", method: "POST", path: "/api/auth/organization/update", body: { json: { data: {} } } };

test("fails a 5xx, except Better Auth's empty-data update (D29), which is an advisory", () => {
  expect(checkResponse({ ...update, body: { json: { data: { name: "x" } } } }, answer(500, null)).problems).toHaveLength(1);
  expect(checkResponse({ ...update, path: "/api/auth/organization/delete" }, answer(500, null)).problems).toHaveLength(1);
  const verdict = checkResponse(update, answer(500, null));
  expect(verdict).toMatchObject({ problems: [], advisory: { id: "ADVISORY-ORG-UPDATE-EMPTY-DATA" } });
});

test("fails an undocumented status, a body of the wrong family and the wrong content type", () => {
  const patients: FuzzCase = { kind: "valid", as: "owner", method: "GET", path: "/api/patients" };
  expect(checkResponse(patients, answer(418, { error: "teapot" })).problems.join()).toContain("status 418 is not declared");
  expect(checkResponse(patients, answer(403, { message: "nope" })).problems.join()).toContain("temetro's {error, details?}");
  expect(checkResponse(patients, answer(200, [], "text/html")).problems.join()).toContain('Content-Type is "text/html"');
  expect(checkResponse(patients, answer(200, [])).problems).toEqual([]);
});

test("fails invalid input accepted by an operation that documents refusing it", () => {
  const invalid: FuzzCase = { kind: "invalid", as: "owner", method: "POST", path: "/api/tasks", body: { json: { title: 5 } }, note: '"title" is 5' };
  expect(checkResponse(invalid, answer(400, { error: "Validation failed", details: [] })).problems).toEqual([]);
  expect(checkResponse(invalid, answer(201, { id: "x" })).problems.join()).toContain("accepted invalid input");
});

test("excuses Better Auth's 415 as a known disagreement, and nothing else on the same route", () => {
  const mutated: FuzzCase = { ...update, kind: "mutated", headers: { "content-type": "text/plain" } };
  const unsupported = answer(415, { code: "UNSUPPORTED_MEDIA_TYPE", message: "Content-Type \"text/plain\" is not allowed. Allowed types: application/json" });
  expect(knownDisagreement(mutated, unsupported, checkResponse(mutated, unsupported).problems)?.id).toBe("PENDING-BETTER-AUTH-415");
  const teapot = answer(418, { message: "teapot" });
  expect(knownDisagreement(mutated, teapot, checkResponse(mutated, teapot).problems)).toBeUndefined();
});
