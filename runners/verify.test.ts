// How --only and --skip select checks by the rule id in their test name.
import { expect, test } from "vitest";
import { leftBehindNotice, namePattern } from "./verify.ts";

const names = [
  "rule default > [RATE-DEFAULT-LIMIT] refuses attempt 101",
  "POST /api/auth/sign-out > [ORIGIN-MISSING-SIGN-OUT] refuses",
  "POST /api/auth/sign-out > [ORIGIN-FOREIGN-SIGN-OUT] refuses",
  "GET /health > [SERVICE-HEALTH-OK] answers",
];
const selected = (pattern: RegExp | undefined) => names.filter((name) => pattern === undefined || pattern.test(name)).map((name) => /\[(.*)\]/.exec(name)?.[1]);

test("selects every check without filters", () => {
  expect(namePattern([], [])).toBeUndefined();
});

test("selects an area, or a rule id and the ids it is a dash-prefix of", () => {
  expect(selected(namePattern(["RATE"], []))).toEqual(["RATE-DEFAULT-LIMIT"]);
  expect(selected(namePattern(["ORIGIN-MISSING"], []))).toEqual(["ORIGIN-MISSING-SIGN-OUT"]);
  expect(selected(namePattern(["SERVICE-HEALTH-OK", "RATE"], []))).toEqual(["RATE-DEFAULT-LIMIT", "SERVICE-HEALTH-OK"]);
});

test("leaves out skipped areas and ids, also inside a selection", () => {
  expect(selected(namePattern([], ["ORIGIN"]))).toEqual(["RATE-DEFAULT-LIMIT", "SERVICE-HEALTH-OK"]);
  expect(selected(namePattern(["ORIGIN"], ["ORIGIN-FOREIGN-SIGN-OUT"]))).toEqual(["ORIGIN-MISSING-SIGN-OUT"]);
});

test("does not take a partial segment for a prefix", () => {
  expect(selected(namePattern(["RAT"], []))).toEqual([]);
});

test("names what a profile's API cannot remove before a run against a URL, and says nothing for temetro", async () => {
  const { genericBetterAuthDocument } = await import("#profiles/generic-better-auth/openapi/contract");
  const { temetroDocument } = await import("#openapi");
  expect(leftBehindNotice(genericBetterAuthDocument)).toMatch(/^No route of this API removes what signUpEmail \(user\), oauthCallback \(.*\) create: /);
  expect(leftBehindNotice(temetroDocument)).toBeUndefined();
});
