import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const HOOK_FILE = pathToFileURL(new URL("./register-narrow-imports.ts", import.meta.url).pathname).href;

// In a child process: module.registerHooks counted, then the hook's file imported twice under two
// URLs, as vitest runs a setup file again before each contract file.
const COUNT_REGISTRATIONS = `
import * as nodeModule from "node:module";
import module from "node:module";
let calls = 0;
const register = module.registerHooks;
module.registerHooks = (hooks) => { calls += 1; return register(hooks); };
module.syncBuiltinESMExports();
await import(${JSON.stringify(`${HOOK_FILE}?file=1`)});
await import(${JSON.stringify(`${HOOK_FILE}?file=2`)});
console.log(typeof nodeModule.registerHooks === "function" ? calls : "unsupported");
`;

describe("register-narrow-imports", () => {
  it("registers its load hook once a thread, however often the setup file is run", () => {
    const printed = execFileSync(process.execPath, ["--input-type=module", "--eval", COUNT_REGISTRATIONS], { encoding: "utf8" }).trim();
    if (printed === "unsupported") return;
    expect(printed).toBe("1");
  });
});
