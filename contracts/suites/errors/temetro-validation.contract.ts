// ERRORS: temetro's validation family on POST /api/auth-helpers/reset-by-username: 400
// {"error":"Validation failed", details} for invalid input, malformed JSON included (D11), 413 for
// a body over 15 MB. Whether a body is invalid is asked of the spec's own request validator.
import { describe, expect } from "vitest";
import { temetroError, validateRequestBody } from "#openapi";
import { bodyOf, expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import type { RequestOptions } from "#targets/target";

const PATH = "/api/auth-helpers/reset-by-username";
const validationFailed = temetroError("VALIDATION_FAILED");
const tooLarge = temetroError("PAYLOAD_TOO_LARGE");

type Case = { id: string; title: string; json: unknown; field?: string };

const cases: Case[] = [
  { id: "ERRORS-VALIDATION-MISSING-FIELD", title: "a missing username", json: {}, field: "username" },
  { id: "ERRORS-VALIDATION-WRONG-TYPE", title: "a username that is a number", json: { username: 42 }, field: "username" },
  { id: "ERRORS-VALIDATION-EMPTY-STRING", title: "an empty username", json: { username: "" }, field: "username" },
  { id: "ERRORS-VALIDATION-TOO-LONG", title: "a username of 65 characters", json: { username: "u".repeat(65) }, field: "username" },
  { id: "ERRORS-VALIDATION-NOT-AN-OBJECT", title: "an array instead of an object", json: [] },
  { id: "ERRORS-VALIDATION-UNKNOWN-FIELD", title: "an unknown field beside a valid username", json: { username: "t_nobody_here", nickname: "x" } },
];

describe(`POST ${PATH}`, () => {
  for (const { id, title, json, field } of cases) {
    const rejected = !validateRequestBody("resetByUsername", json).ok;
    const outcome = rejected ? "400 Validation failed" : "200, as the spec tolerates it";
    check(id, `answers ${title} with ${outcome}`, async ({ actor }) => {
      const exchange = await actor("visitor").request(PATH, { json });
      if (!rejected) {
        expect(bodyOf(exchange, "resetByUsername", 200)).toEqual({ ok: true });
        return;
      }
      const body = bodyOf(exchange, "resetByUsername", 400);
      expect(body.error).toBe(validationFailed.body.error);
      if (field !== undefined) expect(body.details.map((issue) => issue.path.join("."))).toContain(field);
    });
  }

  const badBodies: Array<{ id: string; title: string; options: RequestOptions }> = [
    { id: "ERRORS-VALIDATION-MALFORMED-JSON", title: "malformed JSON", options: { body: '{"username":' } },
    { id: "ERRORS-VALIDATION-NO-BODY", title: "no body at all", options: { method: "POST" } },
  ];
  for (const { id, title, options } of badBodies) {
    check(id, `answers ${title} with 400 Validation failed, never 500 (D11)`, async ({ actor }) => {
      const body = bodyOf(await actor("visitor").request(PATH, options), "resetByUsername", 400);
      expect(body.error).toBe(validationFailed.body.error);
    });
  }

  check("ERRORS-PAYLOAD-TOO-LARGE", "answers a body over 15 MB with 413, never 500 (D11)", async ({ actor }) => {
    const padding = "a".repeat(15 * 1024 * 1024 + 1024);
    const exchange = await actor("visitor").request(PATH, { body: JSON.stringify({ username: "t_nobody_here", padding }) });
    expectTemetroError(exchange, tooLarge.status, tooLarge.body.error);
  });
});
