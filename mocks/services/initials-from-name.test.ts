// initialsFromName mirrors temetro's rule for derived initials.
import { expect, test } from "vitest";
import { initialsFromName } from "./initials-from-name.ts";

test("takes the first letters of the first and last words", () => {
  expect(initialsFromName("Ibrahim Danjuma Musa")).toBe("IM");
});

test("takes the first two letters of a single word, upper-cased", () => {
  expect(initialsFromName("  ibrahim ")).toBe("IB");
});

test("answers a question mark for an empty name", () => {
  expect(initialsFromName("   ")).toBe("?");
});
