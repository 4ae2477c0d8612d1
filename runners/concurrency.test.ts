// --concurrency: a whole number from 1, and defaults sized to the target: the machine's cores for
// the in-process mock, two files for a URL, one where checks side by side would meet.
import { availableParallelism } from "node:os";
import { expect, test } from "vitest";
import { parseConcurrency, resolveConcurrency, URL_CONCURRENCY } from "./concurrency.ts";
import { UsageError } from "./errors.ts";

const url = { kind: "url", clock: false, forwardedForTrusted: true } as const;

test("reads a whole number from 1 to 64, and nothing as the default", () => {
  expect(parseConcurrency(undefined)).toBeUndefined();
  expect(parseConcurrency("1")).toBe(1);
  expect(parseConcurrency("64")).toBe(64);
  for (const value of ["0", "abc", "2.5", "-1", "65", "", "1e1"]) expect(() => parseConcurrency(value), value).toThrow(UsageError);
  expect(() => parseConcurrency("0")).toThrow('Failed to read --concurrency "0": use a whole number from 1 to 64');
});

test("runs a file per core in-process, and what was asked for", () => {
  expect(resolveConcurrency(undefined, { kind: "in-process", clock: true, forwardedForTrusted: true }).files).toBe(availableParallelism());
  expect(resolveConcurrency(3, { kind: "in-process", clock: true, forwardedForTrusted: true }).files).toBe(3);
});

test("runs four files at once against a URL whose actors each have a client IP, one when they share a bucket", () => {
  expect(resolveConcurrency(undefined, url).files).toBe(URL_CONCURRENCY);
  expect(URL_CONCURRENCY).toBe(4);
  expect(resolveConcurrency(undefined, { ...url, forwardedForTrusted: false })).toEqual({ files: 1, why: expect.stringContaining("one rate-limit bucket") });
  expect(resolveConcurrency(4, { ...url, forwardedForTrusted: false }).files).toBe(4);
});

test("runs one file at a time against a URL with a shared clock, and refuses more", () => {
  expect(resolveConcurrency(undefined, { ...url, clock: true }).files).toBe(1);
  expect(resolveConcurrency(1, { ...url, clock: true }).files).toBe(1);
  expect(() => resolveConcurrency(2, { ...url, clock: true })).toThrow("Failed to run with --concurrency 2: the target's clock (/__dev/clock) is shared by every check");
});
