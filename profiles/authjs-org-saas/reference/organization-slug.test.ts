// The slug rule of AJ11, on its own.
import { expect, test } from "vitest";
import { slugCandidates, slugOf } from "./organization-slug.ts";

test("lower-cases the name and joins what is left with single dashes", () => {
  expect(["My Company", "  ACME, Inc.  ", "Café Crème", "a--b__c", "!!!"].map(slugOf)).toEqual(["my-company", "acme-inc", "cafe-creme", "a-b-c", "organization"]);
});

test("offers the slug, then -2, -3, … when it is taken", () => {
  const candidates = slugCandidates("My Company");
  expect([candidates.next().value, candidates.next().value, candidates.next().value]).toEqual(["my-company", "my-company-2", "my-company-3"]);
});
