// The `fuzz` command as the README runs it: every operation, 100 cases each, on the in-process mock.
// Its requests go out from one-shot client IPs (targets/identities.ts); before those, the run
// handed each request an actor's address and stopped after about 30 operations, its slice spent.
import { Writable } from "node:stream";
import { expect, test } from "vitest";
import { operations } from "#openapi";
import { fuzz } from "./fuzz.ts";

test("fuzzes every operation with the default 100 cases, finds nothing on the mock and leaves nothing behind", async () => {
  let printed = "";
  const out = new Writable({ write(chunk, _encoding, done) { printed += String(chunk); done(); } });
  const code = await fuzz({ cases: 100, seed: 20_261_207, safe: false, frontendOrigin: "http://localhost:3000", only: [], out });
  expect(printed).toMatch(new RegExp(`generated cases over ${operations.length} operations \\(0 skipped\\), 0 failing`));
  expect(printed).not.toContain("Not cleaned up");
  expect(code).toBe(0);
}, 120_000);
