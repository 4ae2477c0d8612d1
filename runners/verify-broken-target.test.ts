// `verify --url` against a deliberately broken variant of the mock (a proxy that strips
// X-Retry-After from every answer) exits non-zero and names the rule that broke.
import { afterAll, beforeAll, expect, test } from "vitest";
import { runCli, startBrokenTarget, stripHeader } from "./testing/broken-target.ts";
import type { BrokenTarget } from "./testing/broken-target.ts";

let target: BrokenTarget;

beforeAll(async () => {
  target = await startBrokenTarget([stripHeader("x-retry-after")]);
});

afterAll(async () => {
  await target?.close();
});

test("exits 1 and names RATE-SENSITIVE-AUTH-LIMIT when 429 answers carry no X-Retry-After", { timeout: 180_000 }, async () => {
  const outcome = await runCli(["verify", "--url", target.url, "--only", "RATE-SENSITIVE-AUTH-LIMIT"]);
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).toMatch(/^✗ RATE-SENSITIVE-AUTH-LIMIT refuses attempt 4 to POST \/api\/auth\/sign-in\/username/m);
  expect(outcome.stdout).toContain("the X-Retry-After header");
});
