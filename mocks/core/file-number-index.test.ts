import { expect, test } from "vitest";
import { createFileNumberIndex } from "./file-number-index.ts";

test("knows each number's holder and the clinic's greatest all-digit number", () => {
  const index = createFileNumberIndex();
  index.add("c1", "10000", "p1");
  index.add("c1", "10001", "p2");
  index.add("c1", "", "p3");
  index.add("c2", "99999", "p4");
  expect(index.holderOf("c1", "10001")).toBe("p2");
  expect(index.holderOf("c2", "10001")).toBeUndefined();
  expect(index.greatest("c1")).toBe(10001n);
  expect(index.greatest("c3")).toBeUndefined();
});

test("finds the next greatest once the greatest is removed, and forgets a cleared store", () => {
  const index = createFileNumberIndex();
  for (const [number, id] of [["10000", "a"], ["10005", "b"], ["10002", "c"]] as const) index.add("c1", number, id);
  index.remove("c1", "10005");
  expect(index.greatest("c1")).toBe(10002n);
  index.add("c1", "10003", "d");
  expect(index.greatest("c1")).toBe(10003n);
  index.clear();
  expect(index.holderOf("c1", "10000")).toBeUndefined();
});
