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

test("accepts Better Auth's 415 for a body of another type as documented (D45), and nothing else on the same route", () => {
  const mutated: FuzzCase = { ...update, kind: "mutated", headers: { "content-type": "text/plain" } };
  const unsupported = answer(415, { code: "UNSUPPORTED_MEDIA_TYPE", message: "Content-Type \"text/plain\" is not allowed. Allowed types: application/json" });
  expect(checkResponse(mutated, unsupported).problems).toEqual([]);
  const teapot = answer(418, { message: "teapot" });
  const problems = checkResponse(mutated, teapot).problems;
  expect(problems.length).toBeGreaterThan(0);
  expect(knownDisagreement(mutated, teapot, problems)).toBeUndefined();
});

test("names Better Auth's bare 500s by their decisions (D46–D49), and fails a 500 elsewhere", () => {
  const advisory = (fuzzCase: FuzzCase) => checkResponse(fuzzCase, answer(500, null)).advisory?.id;
  const members = (query: string): FuzzCase => ({ kind: "invalid", as: "owner", method: "GET", path: `/api/auth/organization/list-members?${query}` });
  expect(advisory(members("limit=-1"))).toBe("ADVISORY-D46-LIMIT-REFUSED-BY-DATABASE");
  expect(advisory(members("offset=0.5"))).toBe("ADVISORY-D46-LIMIT-REFUSED-BY-DATABASE");
  expect(advisory(members("limit=abc"))).toBeUndefined();
  const full = (value: string): FuzzCase => ({ kind: "invalid", as: "owner", method: "GET", path: `/api/auth/organization/get-full-organization?membersLimit=${value}` });
  expect(advisory(full("-1"))).toBe("ADVISORY-D46-LIMIT-REFUSED-BY-DATABASE");
  expect(advisory(full("1.5"))).toBeUndefined();
  const user = (body: FuzzCase["body"], headers?: Record<string, string>): FuzzCase => ({ kind: "invalid", as: "owner", method: "POST", path: "/api/auth/update-user", ...(body === undefined ? {} : { body }), ...(headers ? { headers } : {}) });
  expect(advisory(user({ json: { name: null } }))).toBe("ADVISORY-D47-UPDATE-USER-UNCHECKED-500");
  expect(advisory(user({ json: { username: 7 } }))).toBe("ADVISORY-D47-UPDATE-USER-UNCHECKED-500");
  expect(advisory(user({ json: null }))).toBe("ADVISORY-D48-NO-BODY-OBJECT");
  expect(advisory(user({ json: { name: "x" } }, { "content-type": "" }))).toBe("ADVISORY-D48-NO-BODY-OBJECT");
  expect(advisory(user({ json: { name: "a\u0000b" } }))).toBe("ADVISORY-D49-NUL-IN-TEXT");
  expect(advisory(user({ json: { name: "x" } }))).toBeUndefined();
});
