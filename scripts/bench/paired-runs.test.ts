import { expect, test } from "vitest";
import { median, pairedDifference, roundOrder } from "./paired-runs.ts";

test("rounds take turns at going first", () => {
  expect([0, 1, 2, 3].map((round) => roundOrder(round, ["here", "other"]).join(" "))).toEqual(["here other", "other here", "here other", "other here"]);
  expect(roundOrder(1, ["only"])).toEqual(["only"]);
});

test("the difference is read pair by pair: the first checkout's time minus the second's", () => {
  expect(pairedDifference([4000, 4200, 3900], [4100, 4100, 4000])).toEqual({ rounds: 3, meanMs: -100 / 3, medianMs: -100, firstFaster: 2 });
  expect(pairedDifference([1000, 2000], [1500, 1000])).toEqual({ rounds: 2, meanMs: 250, medianMs: 250, firstFaster: 1 });
  expect(pairedDifference([], [])).toEqual({ rounds: 0, meanMs: 0, medianMs: 0, firstFaster: 0 });
});

test("the median is the middle run, or the mean of the two middle ones", () => {
  expect(median([4300, 3900, 5100])).toBe(4300);
  expect(median([4000, 3000, 5000, 4200])).toBe(4100);
  expect(median([])).toBe(0);
});
