// --shard i/n: the part of the contract files this run takes; anything else is a usage error.
import { expect, test } from "vitest";
import { UsageError } from "./errors.ts";
import { parseShard, shardLabel } from "./shard.ts";

test("reads i/n with 1 ≤ i ≤ n", () => {
  expect(parseShard(undefined)).toBeUndefined();
  expect(parseShard("1/2")).toEqual({ index: 1, count: 2 });
  expect(parseShard(" 3 / 3 ")).toEqual({ index: 3, count: 3 });
  expect(shardLabel({ index: 2, count: 5 })).toBe("2/5");
});

test.each([
  ["x", 'Failed to read --shard "x": use i/n'],
  ["1", 'Failed to read --shard "1": use i/n'],
  ["1/2/3", "use i/n"],
  ["-1/2", "use i/n"],
  ["3/2", 'Failed to read --shard "3/2": the part must be from 1 to 2'],
  ["0/2", "the part must be from 1 to 2"],
  ["1/0", "the part must be from 1"],
])("refuses %j", (value, message) => {
  expect(() => parseShard(value)).toThrow(UsageError);
  expect(() => parseShard(value)).toThrow(message);
});
